package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.index.CandidateHit;
import archive.core.provenance.index.CandidateIndex;
import archive.core.provenance.index.Fingerprinter;
import archive.core.provenance.index.Fingerprints;
import archive.core.provenance.scoring.ProvenanceDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Look-up latency at growing archive sizes with the in-memory index. One look-up = fingerprint the query,
 * fetch candidates from the index, re-rank the best {@value ProvenanceLookup#RERANKED_CANDIDATES}.
 * Phases are timed in CPU time of the querying thread, so other processes on a shared machine do not
 * inflate them; the wall-clock total (which includes GC pauses and CPU contention) is printed as well.
 *
 * <p>Run: {@code mvn -q test-compile exec:exec} (sizes and query count in the pom's bench.* properties,
 * e.g. {@code -Dbench.sizes=1000,10000 -Dbench.queries=200}).
 */
public final class ProvenanceLookupBench {

    private static final long SEED = 7L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP_QUERIES = 300;

    private ProvenanceLookupBench() {
    }

    public static void main(String[] args) {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf("%8s %10s %8s %8s %6s | %-22s | %-22s | %-22s | %-22s | %-22s%n", "docs", "rows", "rows/doc",
                "build s", "cache", "fingerprint cpu p50/p95", "candidates cpu p50/p95", "rank cpu p50/p95",
                "total cpu p50/p95", "total wall p50/p95 ms");
        for (int size : sizes) {
            run(size, queries);
        }
    }

    /** Each archive size is measured without and with the detector's analysis cache. */
    private static void run(int size, int queries) {
        // About 2.2 documents per original (one derivative each, two for copies of copies).
        List<LabelledCorpus.Entry> corpus = LabelledCorpus.generate((int) Math.round(size / 2.2), SEED);
        Map<String, Document> archive = new HashMap<>();
        corpus.forEach(e -> archive.put(e.document().id(), e.document()));
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        InMemoryTermStatistics statistics = new InMemoryTermStatistics();
        ProvenanceLookup lookup = new ProvenanceLookup(index, statistics, archive::get);
        long buildStart = System.nanoTime();
        corpus.forEach(e -> lookup.add(e.document()));
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        for (int cacheSize : new int[] {0, ProvenanceDetector.DEFAULT_ANALYSIS_CACHE_SIZE}) {
            String timings = measure(new ProvenanceDetector(statistics, cacheSize, ForkJoinPool.commonPool()), index, archive,
                    sample(corpus, WARM_UP_QUERIES + queries), queries);
            System.out.printf("%8d %10d %8.1f %8.1f %6d | %s%n", corpus.size(), index.rowCount(),
                    index.rowCount() / (double) corpus.size(), buildSeconds, cacheSize, timings);
        }
    }

    private static String measure(ProvenanceDetector detector, CandidateIndex index, Map<String, Document> archive,
                                  List<Document> sample, int queries) {
        Fingerprinter fingerprinter = new Fingerprinter();
        long[][] timings = new long[5][queries];
        for (int q = 0; q < sample.size(); q++) {
            Document query = sample.get(q);
            long wall = System.nanoTime();
            long t0 = CPU.getCurrentThreadCpuTime();
            Fingerprints fingerprints = fingerprinter.fingerprint(query.text());
            long t1 = CPU.getCurrentThreadCpuTime();
            List<Document> candidates = new ArrayList<>();
            for (CandidateHit hit : index.candidates(fingerprints, ProvenanceLookup.RERANKED_CANDIDATES + 1)) {
                if (!hit.documentId().equals(query.id()) && candidates.size() < ProvenanceLookup.RERANKED_CANDIDATES) {
                    candidates.add(archive.get(hit.documentId()));
                }
            }
            long t2 = CPU.getCurrentThreadCpuTime();
            detector.rank(query, candidates);
            long t3 = CPU.getCurrentThreadCpuTime();
            int measured = q - WARM_UP_QUERIES;
            if (measured >= 0) {
                timings[0][measured] = t1 - t0;
                timings[1][measured] = t2 - t1;
                timings[2][measured] = t3 - t2;
                timings[3][measured] = t3 - t0;
                timings[4][measured] = System.nanoTime() - wall;
            }
        }
        return String.format("%-22s | %-22s | %-22s | %-22s | %-22s", percentiles(timings[0]), percentiles(timings[1]),
                percentiles(timings[2]), percentiles(timings[3]), percentiles(timings[4]));
    }

    /** Every k-th document, so originals and every kind of derivative are queried. */
    private static List<Document> sample(List<LabelledCorpus.Entry> corpus, int count) {
        List<Document> sample = new ArrayList<>();
        int step = Math.max(1, corpus.size() / count);
        for (int i = 0; i < corpus.size() && sample.size() < count; i += step) {
            sample.add(corpus.get(i).document());
        }
        return sample;
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.2f / %.2f", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }
}
