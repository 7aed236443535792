package archive.core.provenance.index;

/**
 * The kinds of rows a {@link CandidateIndex} stores. {@link #code()} is the persisted discriminator;
 * {@link #lookupWeight()} is what one shared key is worth when candidates are ordered by index hits.
 */
public enum FeatureKind {
    /** LSH band of a MinHash over 3-word shingles of content words: near-duplicates and light edits. */
    SHINGLE_BAND(1, 2.0),
    /** LSH band of a MinHash over the set of content stems: survives rewording and reordering. */
    TERM_BAND(2, 1.0),
    /** Sampled 4-word content shingle: hit count grows with the amount of copied text (excerpts). */
    ANCHOR(3, 1.0),
    /** 6-word window of a quotation: a partial or unmarked reuse of a quote still matches. */
    QUOTE(4, 3.0),
    /** Capitalized name, name pair or number: same-event coverage shares these with little else. */
    ENTITY(5, 0.5);

    private final int code;
    private final double lookupWeight;

    FeatureKind(int code, double lookupWeight) {
        this.code = code;
        this.lookupWeight = lookupWeight;
    }

    public int code() {
        return code;
    }

    public double lookupWeight() {
        return lookupWeight;
    }
}
