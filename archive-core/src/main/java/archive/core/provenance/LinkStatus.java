package archive.core.provenance;

import java.util.Arrays;
import java.util.Optional;

/** Where a link stands: found by detection (proposed, auto) or decided by a librarian (confirmed, rejected). */
public enum LinkStatus {
    PROPOSED("proposed"),
    AUTO("auto"),
    CONFIRMED("confirmed"),
    REJECTED("rejected");

    private final String code;

    LinkStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean accepted() {
        return this == AUTO || this == CONFIRMED;
    }

    public static Optional<LinkStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
