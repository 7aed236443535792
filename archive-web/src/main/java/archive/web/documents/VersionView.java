package archive.web.documents;

/** One version of a document: its text exactly as archived then, and its checksums and fixity. */
public record VersionView(DocumentDescription document, VersionRow version, String text) {

    public boolean hasPrevious() {
        return version.number() > 1;
    }

    public boolean hasNext() {
        return version.number() < document.currentVersion();
    }

    public boolean current() {
        return version.number() == document.currentVersion();
    }
}
