package archive.core.retrieval;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;
import archive.core.storage.Sha256;

public class ContentNotFoundException extends ArchiveException {

    public ContentNotFoundException(Sha256 sha256) {
        super(ProblemType.CONTENT_NOT_FOUND, "No archived version has SHA-256 " + sha256 + ".");
    }
}
