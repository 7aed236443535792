package archive.web.database;

/** Thrown when the embedded PostgreSQL cannot be prepared, started or stopped. */
public class EmbeddedPostgresException extends RuntimeException {

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
