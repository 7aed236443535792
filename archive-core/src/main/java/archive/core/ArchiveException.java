package archive.core;

/**
 * A failure the archive explains to its caller. The {@link Kind} says whose fault it is and how the HTTP layer maps
 * it; {@link #type()} names the problem for clients (the last segment of the problem+json type URI).
 */
public abstract class ArchiveException extends RuntimeException {

    public enum Kind {
        NOT_FOUND, INVALID, TOO_LARGE, UNSUPPORTED_CONTENT, CONFLICT, PRECONDITION_FAILED, TOO_MANY_REQUESTS, INTEGRITY
    }

    private static final int EXCERPT = 80;

    private final Kind kind;
    private final String type;

    protected ArchiveException(Kind kind, String type, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.type = type;
    }

    /** Enough of what a client sent to recognise it in a detail, never all of it: a client may send anything. */
    protected static String excerpt(String input) {
        if (input == null) {
            return "";
        }
        return input.length() <= EXCERPT ? input : input.substring(0, EXCERPT) + "…";
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }
}
