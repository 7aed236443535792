package archive.core.citation;

import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.LocaleProvider;

/**
 * Gives citeproc-java the requested locale file only. For a dialect other than its language's primary one (en-GB,
 * pt-PT, de-AT …), citeproc-java 3.5 loads the primary dialect (en-US) first and then discards the requested file it
 * merges over it, so "en-GB" rendered American dates ("July 22, 2024") and the primary dialect's terms. Refusing the
 * primary dialect makes it load the requested file alone, which is complete: every CSL locale file defines all terms.
 */
final class RequestedLocaleProvider implements LocaleProvider {

    private final String tag;
    private final LocaleProvider files = new DefaultLocaleProvider();

    /** @param tag a canonical tag with a locale file, as {@link LocaleLocator} gives it */
    RequestedLocaleProvider(String tag) {
        this.tag = tag;
    }

    /** @throws IllegalArgumentException for any other locale, which citeproc-java takes as "no such file" */
    @Override
    public String retrieveLocale(String lang) {
        if (!lang.equals(tag)) {
            throw new IllegalArgumentException("only " + tag + " is rendered by this processor, not " + lang);
        }
        return files.retrieveLocale(lang);
    }
}
