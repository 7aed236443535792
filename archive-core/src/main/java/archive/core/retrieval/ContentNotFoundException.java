package archive.core.retrieval;

import archive.core.ArchiveException;

public class ContentNotFoundException extends ArchiveException {

    public ContentNotFoundException(String sha256) {
        super(Kind.NOT_FOUND, "content-not-found", "No archived version has SHA-256 " + sha256 + ".");
    }
}
