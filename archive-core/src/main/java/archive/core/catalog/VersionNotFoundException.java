package archive.core.catalog;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

public class VersionNotFoundException extends ArchiveException {

    public VersionNotFoundException(DocumentId id, int number, int latest) {
        super(ProblemType.VERSION_NOT_FOUND, "Document " + id + " has no version " + number
                + "; its versions are 1 to " + latest + ".");
    }
}
