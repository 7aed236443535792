package archive.core.catalog;

import archive.core.ArchiveException;

public class VersionNotFoundException extends ArchiveException {

    public VersionNotFoundException(DocumentId id, int number, int latest) {
        super(Kind.NOT_FOUND, "version-not-found", "Document " + id + " has no version " + number
                + "; its versions are 1 to " + latest + ".");
    }
}
