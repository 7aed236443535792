package archive.core.storage;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;
import io.ocfl.api.model.VersionNum;

/** The catalog points at stored bytes the OCFL store cannot produce: an integrity failure, never a client error. */
public class StoredFileMissingException extends ArchiveException {

    public StoredFileMissingException(String objectId, VersionNum ocflVersion, String logicalPath, String reason) {
        super(ProblemType.STORED_FILE_UNREADABLE, "The stored file " + logicalPath + " of document " + objectId
                + " (" + ocflVersion + ") cannot be read (" + reason + "). Librarians have been told by the log; "
                + "run the fixity audit.");
    }
}
