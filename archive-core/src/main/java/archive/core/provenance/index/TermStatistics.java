package archive.core.provenance.index;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.analysis.LineKeys;


/**
 * Document frequencies of content stems, so evidence is weighted by rarity: a phrase every article uses
 * proves nothing; and of {@link LineKeys lines}, so a site's furniture is learned. PostgreSQL shape: {@code provenance_term(term_hash bigint primary key, df integer)}
 * upserted with {@link Fingerprints#termHashes()}, plus the archived document count.
 */
public interface TermStatistics {

    void add(long[] distinctTermHashes);

    /** Takes back an {@link #add} of these terms: the text they came from is no longer a document's current one. */
    void remove(long[] distinctTermHashes);

    long documentCount();

    /** Frequencies aligned with {@code termHashes}; 0 for unseen terms. */
    int[] documentFrequencies(long[] termHashes);
}
