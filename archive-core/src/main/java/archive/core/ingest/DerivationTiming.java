package archive.core.ingest;

/** When what the archive knows of a newly written version (metadata, search text, provenance) is derived. */
public enum DerivationTiming {
    /** Before the write returns, so an upload is answered with its metadata and sources. */
    NOW,
    /**
     * Later: the document is left in the derivation queue for the derivation workers, and the caller wakes them
     * ({@link Derivations#deriveQueuedInBackground}) once it has written what it brought, as bulk imports do.
     */
    QUEUED
}
