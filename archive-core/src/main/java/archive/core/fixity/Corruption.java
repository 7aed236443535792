package archive.core.fixity;

import java.util.Set;

/** The kinds of damage the fixity audit tells apart, named as reports and events show them. */
public enum Corruption {
    /** Same size, other bytes: a flipped bit, an overwritten character. */
    CONTENT_CHANGED("content-changed"),
    /** The stored file is shorter or longer than recorded: truncated, or appended to. */
    SIZE_CHANGED("size-changed"),
    /** The stored file is gone or cannot be read. */
    FILE_MISSING("file-missing"),
    /** The OCFL inventory no longer matches its sidecar digest or the latest version's copy: it was edited. */
    INVENTORY_INVALID("inventory-invalid"),
    /** Anything else OCFL validation finds wrong with the object. */
    OCFL_INVALID("ocfl-invalid");

    /** OCFL 1.1 validation codes about the inventory file itself (sidecar missing, mismatched, malformed; copies differ). */
    private static final Set<String> INVENTORY_CODES = Set.of("E058", "E060", "E061", "E064");

    private final String code;

    Corruption(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Corruption ofOcflIssue(String validationCode) {
        return INVENTORY_CODES.contains(validationCode) ? INVENTORY_INVALID : OCFL_INVALID;
    }
}
