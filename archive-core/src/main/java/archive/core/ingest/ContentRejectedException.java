package archive.core.ingest;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** Bytes the archive will not take, with what was wrong; nothing of them has been stored. */
public class ContentRejectedException extends ArchiveException {

    public enum Reason {
        EMPTY(ProblemType.EMPTY_CONTENT),
        TOO_LARGE(ProblemType.CONTENT_TOO_LARGE),
        NOT_UTF8(ProblemType.NOT_UTF8),
        BINARY(ProblemType.BINARY_CONTENT);

        private final ProblemType type;

        Reason(ProblemType type) {
            this.type = type;
        }
    }

    private final Reason reason;

    public ContentRejectedException(Reason reason, String detail) {
        super(reason.type, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
