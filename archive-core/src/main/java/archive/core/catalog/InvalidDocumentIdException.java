package archive.core.catalog;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** Something given as a document id that cannot be one, so it names no document. */
public class InvalidDocumentIdException extends ArchiveException {

    public InvalidDocumentIdException(String candidate) {
        super(ProblemType.INVALID_DOCUMENT_ID, "'" + excerpt(candidate) + "' is not a document id: ids are 16 "
                + "lowercase hex characters, such as 58eaaafefa4de3bf; GET /api/v1/documents lists them.");
    }
}
