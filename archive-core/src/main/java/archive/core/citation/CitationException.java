package archive.core.citation;

/** Base of the citation package's domain exceptions; carries no transport (HTTP) meaning. */
public class CitationException extends RuntimeException {

    public CitationException(String message) {
        super(message);
    }

    public CitationException(String message, Throwable cause) {
        super(message, cause);
    }
}
