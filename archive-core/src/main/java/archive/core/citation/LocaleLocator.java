package archive.core.citation;

import java.util.Locale;

/**
 * Normalizes a BCP 47 tag ("en-us" → "en-US") and checks that the
 * {@code org.citationstyles:locales} jar has a {@code locales-<tag>.xml} for it.
 * Only exact tags are accepted: a bare "en" is rejected rather than guessed.
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
        String canonical = Locale.forLanguageTag(tag).toLanguageTag();
        if (LocaleLocator.class.getResource("/locales-" + canonical + ".xml") == null) {
            throw new UnknownLocaleException(tag);
        }
        return canonical;
    }
}
