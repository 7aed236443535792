package archive.core.ingest;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** The caller's idea of the current version is out of date: applying its change would lose another one. */
public class StaleVersionException extends ArchiveException {

    public StaleVersionException(String documentId, String currentSha256) {
        super(ProblemType.STALE_VERSION, "Document " + documentId
                + " has changed since you read it: its current version has SHA-256 " + currentSha256
                + ". Fetch it again, reapply your change and send If-Match with the new ETag.");
    }
}
