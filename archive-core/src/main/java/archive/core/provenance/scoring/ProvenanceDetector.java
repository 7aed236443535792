package archive.core.provenance.scoring;

import archive.core.provenance.ProvenanceLookup;
import archive.core.provenance.analysis.AnalysisCache;
import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.index.CandidateIndex;
import archive.core.provenance.index.TermStatistics;
import archive.core.provenance.index.TermWeights;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Ranks candidate sources of a derived text. Candidates come from a {@link CandidateIndex}
 * (see {@link ProvenanceLookup}); this class only compares texts.
 */
public final class ProvenanceDetector {

    /** At or above: link without review. Justified by the labelled corpus (see ProvenanceCorpusTest). */
    public static final double AUTO_ACCEPT = 0.8;
    /** At or above: propose to a reviewer. */
    public static final double PROPOSE = 0.3;

    static final Comparator<ProvenanceCandidate> BEST_FIRST = Comparator
            .comparingDouble(ProvenanceCandidate::score).reversed()
            .thenComparing(ProvenanceCandidate::sourceId);

    /**
     * About 200 KB of heap per analysed news article of 2–8 KB (tokens, sentences, term maps): 64 of them take
     * some 13 MB, enough for the originals that come back as candidates for each of their copies.
     */
    public static final int DEFAULT_ANALYSIS_CACHE_SIZE = 64;

    private final TermStatistics statistics;
    private final AnalysisCache cache;
    /** Runs a look-up's comparisons side by side: they are pure CPU work. */
    private final ForkJoinPool comparisons;

    /** For tools and tests: the default cache, comparisons on the common pool. */
    public ProvenanceDetector(TermStatistics statistics) {
        this(statistics, DEFAULT_ANALYSIS_CACHE_SIZE, ForkJoinPool.commonPool());
    }

    /** {@code analysisCacheSize}: candidate documents whose analysis is kept between calls (0 disables). */
    public ProvenanceDetector(TermStatistics statistics, int analysisCacheSize, ForkJoinPool comparisons) {
        this.statistics = statistics;
        this.cache = new AnalysisCache(analysisCacheSize);
        this.comparisons = comparisons;
    }

    /** The analysis cache's hits, misses and evictions. */
    public MeterBinder analysisCacheMetrics() {
        return cache.metrics();
    }

    /** Candidates best first; the derived document itself is skipped if present. */
    public List<ProvenanceCandidate> rank(Document derived, List<Document> candidates) {
        return rank(analyze(derived), candidates);
    }

    /**
     * How {@code source} fares as the source of each of {@code derived} (each ranked with it as the only candidate),
     * in their order. The pairs are assessed side by side, with one read of the term statistics.
     */
    public List<ProvenanceCandidate> assessAsSourceOfEach(Document source, List<Document> derived) {
        AnalyzedDocument analysedSource = analyze(source);
        List<AnalyzedDocument> analysedDerived = inParallel(derived, this::analyze);
        List<AnalyzedDocument> all = new ArrayList<>(analysedDerived);
        all.add(analysedSource);
        // A stem's weight depends on the archive only, so one table serves every pair.
        TermWeights weights = weights(all);
        return inParallel(analysedDerived, document -> rank(document, List.of(analysedSource), weights).get(0));
    }

    /** The analysis of an archived document comes from the cache; a text that is not archived (no id) is analysed. */
    public AnalyzedDocument analyze(Document document) {
        return document.id().isEmpty() ? AnalyzedDocument.of(document) : cache.analyze(document);
    }

    /**
     * Candidates are analysed and assessed side by side on {@link #comparisons}: each comparison only reads its two
     * documents. The term statistics are read before, on the calling thread (its transaction).
     */
    public List<ProvenanceCandidate> rank(AnalyzedDocument derived, List<Document> candidates) {
        List<AnalyzedDocument> sources = inParallel(candidates.stream()
                .filter(candidate -> !candidate.id().equals(derived.id())).toList(), cache::analyze);
        List<AnalyzedDocument> all = new ArrayList<>(sources);
        all.add(derived);
        return rank(derived, sources, weights(all));
    }

    private TermWeights weights(List<AnalyzedDocument> documents) {
        Set<String> stems = new HashSet<>();
        Set<Long> lines = new HashSet<>();
        for (AnalyzedDocument document : documents) {
            stems.addAll(document.contentStems());
            for (long line : document.lineKeys()) {
                lines.add(line);
            }
        }
        return TermWeights.of(statistics, stems, lines);
    }

    private List<ProvenanceCandidate> rank(AnalyzedDocument derived, List<AnalyzedDocument> candidates,
            TermWeights weights) {
        Map<String, AnalyzedDocument> sources = new HashMap<>();
        candidates.forEach(source -> sources.put(source.id(), source));
        PairAssessor assessor = new PairAssessor(weights);
        List<ProvenanceCandidate> ranked = inParallel(List.copyOf(sources.values()),
                source -> assessor.assess(derived, source)).stream()
                .sorted(BEST_FIRST)
                .toList();
        return RootResolver.preferRoots(ExplainedEvidence.discount(ranked), sources, assessor);
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        return items.size() < 2 ? items.stream().map(work).toList()
                : comparisons.submit(() -> items.parallelStream().map(work).toList()).join();
    }
}
