package archive.core.ingest;

import archive.core.ArchiveException;

/** Bytes the archive will not take, with what was wrong; nothing of them has been stored. */
public class ContentRejectedException extends ArchiveException {

    public enum Reason {
        EMPTY(Kind.INVALID, "empty-content"),
        TOO_LARGE(Kind.TOO_LARGE, "content-too-large"),
        NOT_UTF8(Kind.UNSUPPORTED_CONTENT, "not-utf8"),
        BINARY(Kind.UNSUPPORTED_CONTENT, "binary-content");

        private final Kind kind;
        private final String type;

        Reason(Kind kind, String type) {
            this.kind = kind;
            this.type = type;
        }
    }

    private final Reason reason;

    public ContentRejectedException(Reason reason, String detail) {
        super(reason.kind, reason.type, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
