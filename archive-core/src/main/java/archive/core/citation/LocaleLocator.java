package archive.core.citation;

import de.undercouch.citeproc.csl.internal.locale.LLocale;
import java.util.Locale;

/**
 * Normalizes a BCP 47 tag ("en-us" → "en-US") and checks that the
 * {@code org.citationstyles:locales} jar has a {@code locales-<tag>.xml} for it.
 * Only exact tags are accepted from a request: a bare "en" is rejected rather than guessed.
 */
final class LocaleLocator {

    /**
     * @return the tag as CSL locale files spell it
     * @throws UnknownLocaleException if there is no such locale file
     */
    String canonicalTag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new UnknownLocaleException(tag);
        }
        String canonical = canonical(tag);
        if (!exists(canonical)) {
            throw new UnknownLocaleException(tag);
        }
        return canonical;
    }

    /**
     * The locale file for a style's {@code default-locale}, which some styles give as a bare language ("fr"): then
     * its primary dialect ("fr-FR"), the one citeproc-java and citeproc-js load for it. A tag no file matches falls
     * back to en-US, because the request that asked for no locale is not at fault.
     */
    String styleLocale(String defaultLocale) {
        String canonical = canonical(defaultLocale);
        if (exists(canonical)) {
            return canonical;
        }
        String dialect = LLocale.PRIMARY_DIALECTS.get(Locale.forLanguageTag(canonical).getLanguage());
        return dialect != null && exists(dialect) ? dialect : StyleDefaultLocale.FALLBACK;
    }

    private static String canonical(String tag) {
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    private static boolean exists(String canonical) {
        return LocaleLocator.class.getResource("/locales-" + canonical + ".xml") != null;
    }
}
