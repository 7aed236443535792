package archive.core.storage;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** Another writer changed the object between the caller's read and its write. */
public class ConcurrentVersionException extends ArchiveException {

    public ConcurrentVersionException(String objectId, String reason) {
        super(ProblemType.CONCURRENT_VERSION,
                "Document " + objectId + " was not changed: " + reason + ". Fetch it again and retry.");
    }
}
