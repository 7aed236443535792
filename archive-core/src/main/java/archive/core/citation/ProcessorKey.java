package archive.core.citation;

/**
 * What a compiled citeproc-java processor is bound to.
 *
 * @param styleResource the style's classpath name, as resolved by {@link StyleLocator}
 * @param locale        a canonical locale tag, as resolved by {@link LocaleLocator}
 * @param format        the output markup
 */
record ProcessorKey(String styleResource, String locale, CitationFormat format) {
}
