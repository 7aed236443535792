package archive.core.provenance;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** A provenance request that cannot be honoured as asked (a self-link, a status a librarian cannot set). */
public class InvalidProvenanceException extends ArchiveException {

    public InvalidProvenanceException(String detail) {
        super(ProblemType.INVALID_PROVENANCE, detail);
    }
}
