package archive.core.memento;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** No archived document was found at (or credits) the address a TimeGate or TimeMap was asked about. */
public class OriginalNotArchivedException extends ArchiveException {

    public OriginalNotArchivedException(String url) {
        super(ProblemType.ORIGINAL_NOT_ARCHIVED, "No archived document has the sourceUrl '" + excerpt(url)
                + "' (compared exactly, after trimming spaces); GET /api/v1/documents/{id}/metadata shows a "
                + "document's sourceUrl.");
    }
}
