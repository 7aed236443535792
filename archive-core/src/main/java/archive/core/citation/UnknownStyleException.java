package archive.core.citation;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** No CSL style with the requested id is available. */
public class UnknownStyleException extends ArchiveException {

    private final String styleId;

    public UnknownStyleException(String styleId) {
        super(ProblemType.UNKNOWN_STYLE, "No citation style has the id '" + styleId + "'. Style ids are the "
                + "CSL repository's (apa, modern-language-association, chicago-author-date, ieee, …); find one with "
                + "GET /api/v1/styles?q=<part of its name>.");
        this.styleId = styleId;
    }

    public String styleId() {
        return styleId;
    }
}
