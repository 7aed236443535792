package archive.core.citation;

import java.util.Objects;

/**
 * How to render: which CSL style (by id, e.g. "apa" or a dependent style's id), in which
 * locale, as which markup.
 *
 * @param locale a BCP 47 tag, or null for the style's own {@code default-locale} (else en-US)
 */
public record CitationRequest(String styleId, String locale, CitationFormat format) {

    public CitationRequest {
        Objects.requireNonNull(styleId, "styleId");
        locale = locale == null || locale.isBlank() ? null : locale;
        format = format == null ? CitationFormat.TEXT : format;
    }

    /** In the style's own default locale. */
    public static CitationRequest of(String styleId, CitationFormat format) {
        return new CitationRequest(styleId, null, format);
    }
}
