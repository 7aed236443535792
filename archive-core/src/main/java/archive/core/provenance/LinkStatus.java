package archive.core.provenance;

import archive.core.vocabulary.Coded;

/** Where a link stands: found by detection (proposed, auto) or decided by a librarian (confirmed, rejected). */
public enum LinkStatus implements Coded {
    PROPOSED("proposed"),
    AUTO("auto"),
    CONFIRMED("confirmed"),
    REJECTED("rejected");

    private final String code;

    LinkStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean accepted() {
        return this == AUTO || this == CONFIRMED;
    }

    /** Whether a librarian set it; detection never overwrites a decided link. */
    public boolean decided() {
        return this == CONFIRMED || this == REJECTED;
    }
}
