package archive.core.catalog;

import archive.core.ArchiveException;

public class DocumentNotFoundException extends ArchiveException {

    public DocumentNotFoundException(String id) {
        super(Kind.NOT_FOUND, "document-not-found", "No document with id '" + id + "' is archived. "
                + "Ids are 16 lowercase hex characters; GET /api/v1/documents lists them.");
    }
}
