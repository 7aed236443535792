package archive.core.search;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** A search request the archive cannot run as given (a bad date, an unknown kind, a reversed range). */
public class InvalidSearchException extends ArchiveException {

    public InvalidSearchException(String detail) {
        super(ProblemType.INVALID_SEARCH, detail);
    }
}
