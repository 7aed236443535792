package archive.core;

import archive.core.problem.ProblemType;

/**
 * A failure the archive explains to its caller. Its {@link ProblemType} names the problem for clients and says
 * whose fault it is (the status the HTTP layer answers with); the message is the detail of this occurrence.
 */
public abstract class ArchiveException extends RuntimeException {

    private static final int EXCERPT = 80;

    private final ProblemType type;

    protected ArchiveException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    /** Enough of what a client sent to recognise it in a detail, never all of it: a client may send anything. */
    protected static String excerpt(String input) {
        if (input == null) {
            return "";
        }
        return input.length() <= EXCERPT ? input : input.substring(0, EXCERPT) + "…";
    }

    public ProblemType type() {
        return type;
    }
}
