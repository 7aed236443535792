package archive.core.storage;

import archive.core.ArchiveException;

/** Another writer changed the object between the caller's read and its write. */
public class ConcurrentVersionException extends ArchiveException {

    public ConcurrentVersionException(String objectId, String reason) {
        super(Kind.CONFLICT, "concurrent-version",
                "Document " + objectId + " was not changed: " + reason + ". Fetch it again and retry.");
    }
}
