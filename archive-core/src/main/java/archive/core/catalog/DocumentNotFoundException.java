package archive.core.catalog;

import archive.core.ArchiveException;

public class DocumentNotFoundException extends ArchiveException {

    public DocumentNotFoundException(DocumentId id) {
        super(Kind.NOT_FOUND, "document-not-found", "No document with id '" + id + "' is archived; "
                + "GET /api/v1/documents lists them.");
    }
}
