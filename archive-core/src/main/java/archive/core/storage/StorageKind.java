package archive.core.storage;

/** Where the OCFL store keeps its files (ARCHIVE_STORAGE). */
public enum StorageKind {
    /** A directory under the data directory. */
    FILESYSTEM,
    /** A bucket of Amazon S3 or an S3-compatible server (ARCHIVE_S3_…). */
    S3
}
