package archive.core.provenance.index;

import java.util.List;

/**
 * Where fingerprints live and candidates come from. Candidates come only from key look-ups, never from
 * scanning the archive, so a look-up costs the same at 1k or 1M documents.
 *
 * <p>Relational shape (what a PostgreSQL implementation stores):
 * <pre>
 * provenance_key(kind smallint, key bigint, document_id bigint)   -- one row per fingerprint key
 *   index (kind, key)                                              -- the only access path
 * provenance_stop_key(kind smallint, key bigint)                  -- keys found in more than
 *                                                                 -- maxDocumentsPerKey documents
 * </pre>
 * {@code candidates} is one grouped query over {@code unnest(kinds, keys)} joined to provenance_key,
 * excluding stop keys, summing {@code FeatureKind.lookupWeight()} per document, ordered by that sum,
 * limited.
 */
public interface CandidateIndex {

    /** Stores the rows of {@link Fingerprints#keys(FeatureKind)} for every kind. */
    void add(String documentId, Fingerprints fingerprints);

    /**
     * Documents sharing at least one of the query's {@link Fingerprints#lookupKeys(FeatureKind)}, best
     * {@code limit} by weighted hits. Keys shared by too many documents (boilerplate) count for nothing.
     */
    List<CandidateHit> candidates(Fingerprints query, int limit);

    /** Stored (kind, key, document) rows, for sizing. */
    long rowCount();
}
