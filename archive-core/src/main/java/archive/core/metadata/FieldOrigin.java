package archive.core.metadata;

import archive.core.vocabulary.Coded;

/** Who produced a metadata value. */
public enum FieldOrigin implements Coded {
    /** Found by {@link MetadataExtractor} rules at ingest. */
    EXTRACTED("extracted"),
    /** Set or confirmed by a librarian; always wins over an extracted value. */
    CORRECTED("corrected");

    private final String code;

    FieldOrigin(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
