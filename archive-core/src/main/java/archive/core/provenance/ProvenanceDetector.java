package archive.core.provenance;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** About 60 KB per analyzed 2-3 KB document. */
    public static final int DEFAULT_ANALYSIS_CACHE_SIZE = 1024;

    private final TermStatistics statistics;
    private final AnalysisCache cache;

    public ProvenanceDetector(TermStatistics statistics) {
        this(statistics, DEFAULT_ANALYSIS_CACHE_SIZE);
    }

    /** {@code analysisCacheSize}: candidate documents whose analysis is kept between calls (0 disables). */
    public ProvenanceDetector(TermStatistics statistics, int analysisCacheSize) {
        this.statistics = statistics;
        this.cache = new AnalysisCache(analysisCacheSize);
    }

    /** Candidates best first; the derived document itself is skipped if present. */
    public List<ProvenanceCandidate> rank(Document derived, List<Document> candidates) {
        return rank(AnalyzedDocument.of(derived), candidates);
    }

    List<ProvenanceCandidate> rank(AnalyzedDocument derived, List<Document> candidates) {
        Map<String, AnalyzedDocument> sources = new HashMap<>();
        Set<String> stems = new HashSet<>(derived.contentStems());
        for (Document candidate : candidates) {
            if (!candidate.id().equals(derived.id())) {
                AnalyzedDocument source = cache.analyze(candidate);
                sources.put(candidate.id(), source);
                stems.addAll(source.contentStems());
            }
        }
        PairAssessor assessor = new PairAssessor(TermWeights.of(statistics, stems));
        List<ProvenanceCandidate> ranked = sources.values().stream()
                .map(source -> assessor.assess(derived, source))
                .sorted(BEST_FIRST)
                .toList();
        return RootResolver.preferRoots(ExplainedEvidence.discount(ranked), sources, assessor);
    }
}
