package archive.core.provenance;

import archive.core.provenance.index.TermStatistics;
import java.util.HashMap;
import java.util.Map;

/** {@link TermStatistics} held in memory. */
public final class InMemoryTermStatistics implements TermStatistics {

    private final Map<Long, Integer> frequencies = new HashMap<>();
    private long documentCount;

    @Override
    public synchronized void add(long[] distinctTermHashes) {
        documentCount++;
        for (long term : distinctTermHashes) {
            frequencies.merge(term, 1, Integer::sum);
        }
    }

    @Override
    public synchronized void remove(long[] distinctTermHashes) {
        documentCount--;
        for (long term : distinctTermHashes) {
            frequencies.computeIfPresent(term, (key, count) -> count > 1 ? count - 1 : null);
        }
    }

    @Override
    public synchronized long documentCount() {
        return documentCount;
    }

    @Override
    public synchronized int[] documentFrequencies(long[] termHashes) {
        int[] df = new int[termHashes.length];
        for (int i = 0; i < termHashes.length; i++) {
            df[i] = frequencies.getOrDefault(termHashes[i], 0);
        }
        return df;
    }
}
