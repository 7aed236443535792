package archive.core.provenance.index;

import archive.core.provenance.analysis.LineKeys;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything a document contributes to the index, as plain longs.
 *
 * <p>{@link #keys(FeatureKind)} are the rows to store: {@code (kind, key, document_id)}.
 * {@link #lookupKeys(FeatureKind)} are the keys to probe when this document is the query; they equal the
 * stored keys except for {@link FeatureKind#QUOTE}, where every 6-word window of the text is probed so a
 * quotation reused without quote marks still finds the article that quoted it.
 * {@link #termHashes()} are the distinct content stems and {@link LineKeys line keys}, for document-frequency
 * statistics.
 */
public final class Fingerprints {

    private final Map<FeatureKind, long[]> stored;
    private final long[] passageWindows;
    private final long[] termHashes;

    Fingerprints(Map<FeatureKind, long[]> stored, long[] passageWindows, long[] termHashes) {
        this.stored = new EnumMap<>(stored);
        this.passageWindows = passageWindows;
        this.termHashes = termHashes;
    }

    public long[] keys(FeatureKind kind) {
        return stored.getOrDefault(kind, new long[0]).clone();
    }

    public long[] lookupKeys(FeatureKind kind) {
        return kind == FeatureKind.QUOTE ? passageWindows.clone() : keys(kind);
    }

    public long[] termHashes() {
        return termHashes.clone();
    }

    /** Number of index rows this document adds. */
    public int rowCount() {
        return stored.values().stream().mapToInt(k -> k.length).sum();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Fingerprints{");
        stored.forEach((kind, keys) -> s.append(kind).append('=').append(keys.length).append(' '));
        return s.append("terms=").append(termHashes.length).append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprints f
                && Arrays.equals(termHashes, f.termHashes)
                && Arrays.equals(passageWindows, f.passageWindows)
                && stored.keySet().equals(f.stored.keySet())
                && stored.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), f.stored.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(termHashes);
    }
}
