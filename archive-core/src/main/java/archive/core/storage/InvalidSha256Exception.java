package archive.core.storage;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** Something given as a SHA-256 that cannot be one, so no archived text has it. */
public class InvalidSha256Exception extends ArchiveException {

    public InvalidSha256Exception(String candidate) {
        super(ProblemType.INVALID_SHA256, "'" + excerpt(candidate) + "' is not a SHA-256: that is 64 hex "
                + "characters, as in the ETag and the Repr-Digest of every text.");
    }
}
