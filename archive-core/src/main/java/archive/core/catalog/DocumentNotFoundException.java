package archive.core.catalog;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

public class DocumentNotFoundException extends ArchiveException {

    public DocumentNotFoundException(DocumentId id) {
        super(ProblemType.DOCUMENT_NOT_FOUND, "No document with id '" + id + "' is archived; "
                + "GET /api/v1/documents lists them.");
    }
}
