package archive.core.metadata;

/** Who produced a metadata value. */
public enum FieldOrigin {
    /** Found by {@link MetadataExtractor} rules at ingest. */
    EXTRACTED,
    /** Set or confirmed by a librarian; always wins over an extracted value. */
    CORRECTED
}
