package archive.core.citation;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** No CSL locale file exists for the requested language tag. */
public class UnknownLocaleException extends ArchiveException {

    private final String locale;

    public UnknownLocaleException(String locale) {
        super(ProblemType.UNKNOWN_LOCALE, "No citation locale '" + locale + "' exists. Give a language tag "
                + "with its region, as CSL locales are named: en-US, en-GB, de-DE, fr-FR, es-ES, …");
        this.locale = locale;
    }

    public String locale() {
        return locale;
    }
}
