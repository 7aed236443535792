package archive.core.retrieval;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** Stored bytes no longer match their checksum of record; they are withheld rather than served as genuine. */
public class FixityFailureException extends ArchiveException {

    public FixityFailureException(String documentId, int version) {
        super(ProblemType.FIXITY_FAILURE, "The stored bytes of document " + documentId + " version " + version
                + " no longer match their SHA-256 and are withheld. Run the fixity audit; restore from a replica.");
    }
}
