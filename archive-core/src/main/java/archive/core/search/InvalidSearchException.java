package archive.core.search;

import archive.core.ArchiveException;

/** A search request the archive cannot run as given (a bad date, an unknown kind, a reversed range). */
public class InvalidSearchException extends ArchiveException {

    public InvalidSearchException(String detail) {
        super(Kind.INVALID, "invalid-search", detail);
    }
}
