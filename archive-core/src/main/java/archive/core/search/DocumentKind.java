package archive.core.search;

import java.util.Arrays;
import java.util.Optional;

/** Whether a document is an original story or a rewrite of one (from its metadata, once known). */
public enum DocumentKind {
    ORIGINAL("original"),
    REWRITE("rewrite");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
