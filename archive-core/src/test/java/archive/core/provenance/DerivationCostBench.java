package archive.core.provenance;

import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.scoring.ProvenanceDetector;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Memory allocated and CPU spent per derived document by provenance detection, as a derivation does it (index the
 * new text, then look up its sources), over the seeds and over a generated corpus; and by the analysis of one text
 * alone. Summed over every thread of the process, the comparison pool's included, so the machine's other processes
 * do not count.
 *
 * <p>Run from archive-core (the seeds are {@code ../seeds}):
 * {@code ../mvnw -q test-compile exec:java@derivation-cost-bench -Dexec.args="1500 300"} (originals generated,
 * documents derived after them).
 */
public final class DerivationCostBench {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private DerivationCostBench() {
    }

    public static void main(String[] args) {
        int originals = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int derived = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        ForkJoinPool comparisons = new ForkJoinPool(2);
        List<Document> seeds = new ArrayList<>(Seeds.load().values());
        // Warm up the JIT on the corpus once, then measure on fresh indexes.
        List<Document> corpus = LabelledCorpus.generate(originals, 7L).stream().map(LabelledCorpus.Entry::document)
                .toList();
        derive(corpus, corpus.size() - derived, comparisons);
        report("seeds (5, each derived in turn)", derive(seeds, 0, comparisons));
        report("generated corpus (" + (corpus.size() - derived) + " indexed, then " + derived + " derived)",
                derive(corpus, corpus.size() - derived, comparisons));
        report("analysis of one text alone (corpus)", analyses(corpus.subList(corpus.size() - derived,
                corpus.size())));
        comparisons.shutdown();
    }

    /** Indexes the first documents without measuring, then derives the rest one by one. */
    private static Cost derive(List<Document> documents, int indexedBefore, ForkJoinPool comparisons) {
        Map<String, Document> archive = new HashMap<>();
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        InMemoryTermStatistics statistics = new InMemoryTermStatistics();
        ProvenanceLookup lookup = new ProvenanceLookup(index, statistics, archive::get, new ProvenanceDetector(
                statistics, ProvenanceDetector.DEFAULT_ANALYSIS_CACHE_SIZE, comparisons),
                ProvenanceLookup.RERANKED_CANDIDATES);
        for (Document document : documents.subList(0, indexedBefore)) {
            archive.put(document.id(), document);
            lookup.add(document);
        }
        Cost before = Cost.now();
        for (Document document : documents.subList(indexedBefore, documents.size())) {
            archive.put(document.id(), document);
            lookup.add(document);
            lookup.findSources(document);
        }
        return Cost.now().minus(before, documents.size() - indexedBefore);
    }

    private static Cost analyses(List<Document> documents) {
        Cost before = Cost.now();
        for (Document document : documents) {
            AnalyzedDocument.of(document);
        }
        return Cost.now().minus(before, documents.size());
    }

    private static void report(String what, Cost cost) {
        System.out.printf("%-60s %8.2f MB allocated %8.2f ms CPU per document%n", what, cost.bytes / 1e6,
                cost.cpuNanos / 1e6);
    }

    /** Allocated bytes and CPU time of every live thread (per document once divided). */
    private record Cost(double bytes, double cpuNanos) {

        static Cost now() {
            long[] ids = THREADS.getAllThreadIds();
            long bytes = 0;
            long cpu = 0;
            for (long allocated : THREADS.getThreadAllocatedBytes(ids)) {
                bytes += Math.max(0, allocated);
            }
            for (long id : ids) {
                cpu += Math.max(0, THREADS.getThreadCpuTime(id));
            }
            return new Cost(bytes, cpu);
        }

        Cost minus(Cost before, int documents) {
            return new Cost((bytes - before.bytes) / documents, (cpuNanos - before.cpuNanos) / documents);
        }
    }
}
