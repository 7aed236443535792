package archive.core.provenance;

import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.scoring.ProvenanceDetector;
import archive.core.provenance.scoring.Relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.provenance.LabelledCorpus.Entry;
import archive.core.provenance.LabelledCorpus.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the labelled synthetic corpus: 500 originals and their derivatives, all indexed, every
 * document queried. The floors asserted here are the ones the thresholds were chosen against.
 */
class ProvenanceCorpusTest {

    static final int ORIGINALS = 500;
    static final long SEED = 20240722L;

    private static final Map<Kind, Tally> TALLIES = new EnumMap<>(Kind.class);
    /** Best score given to a wrong source, for each query: the scores thresholds must stay above. */
    private static final List<Double> WRONG_SOURCE_SCORES = new ArrayList<>();
    private static final List<Double> TRUE_SOURCE_SCORES = new ArrayList<>();

    static final class Tally {
        int queries;
        int topCorrect;
        int autoAccepted;
        int proposed;
        int falseAutoLinks;
        final Map<Relation, Integer> topRelations = new TreeMap<>();
        final List<Double> topScores = new ArrayList<>();
        /** Weighted coverages of the top candidate: verbatim derived, verbatim source, derived, source. */
        final List<double[]> topCoverages = new ArrayList<>();

        double rate(int count) {
            return queries == 0 ? 0 : count / (double) queries;
        }
    }

    @BeforeAll
    static void indexAndQueryCorpus() {
        List<Entry> corpus = LabelledCorpus.generate(ORIGINALS, SEED);
        Map<String, Document> archive = new HashMap<>();
        corpus.forEach(e -> archive.put(e.document().id(), e.document()));
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        ProvenanceLookup lookup = new ProvenanceLookup(index, new InMemoryTermStatistics(), archive::get);
        corpus.forEach(e -> lookup.add(e.document()));
        long start = System.nanoTime();
        for (Entry entry : corpus) {
            record(entry, lookup.findSources(entry.document()));
        }
        double millisPerQuery = (System.nanoTime() - start) / 1e6 / corpus.size();
        System.out.printf("Labelled corpus: %d documents, %d index rows, %.2f ms per look-up%n", corpus.size(),
                index.rowCount(), millisPerQuery);
        System.out.printf("%-22s %5s %7s %7s %7s %9s  %s%n", "kind", "n", "top-1", "auto", "propose", "falseAuto",
                "top relations / top score p5,p50");
        TALLIES.forEach((kind, t) -> System.out.printf("%-22s %5d %7.3f %7.3f %7.3f %9d  %s / %.2f,%.2f%n", kind,
                t.queries, t.rate(t.topCorrect), t.rate(t.autoAccepted), t.rate(t.proposed), t.falseAutoLinks,
                t.topRelations, quantile(t.topScores, 0.05), quantile(t.topScores, 0.5)));
        System.out.println("Top candidate weighted coverage p10/p50 (verbatim derived, verbatim source, derived, source):");
        TALLIES.forEach((kind, t) -> {
            StringBuilder line = new StringBuilder(String.format("  %-22s", kind));
            for (int i = 0; i < 4; i++) {
                int column = i;
                List<Double> values = t.topCoverages.stream().map(c -> c[column]).toList();
                line.append(String.format(" %.2f/%.2f", quantile(values, 0.1), quantile(values, 0.5)));
            }
            System.out.println(line);
        });
        System.out.printf("True-source scores   p1=%.3f p5=%.3f p50=%.3f%n", quantile(TRUE_SOURCE_SCORES, 0.01),
                quantile(TRUE_SOURCE_SCORES, 0.05), quantile(TRUE_SOURCE_SCORES, 0.5));
        System.out.printf("Wrong-source scores  p50=%.3f p99=%.3f max=%.3f%n", quantile(WRONG_SOURCE_SCORES, 0.5),
                quantile(WRONG_SOURCE_SCORES, 0.99), quantile(WRONG_SOURCE_SCORES, 1.0));
    }

    private static void record(Entry entry, List<ProvenanceCandidate> ranked) {
        Tally t = TALLIES.computeIfAbsent(entry.kind(), k -> new Tally());
        t.queries++;
        ProvenanceCandidate top = ranked.isEmpty() ? null : ranked.get(0);
        if (top != null) {
            t.topRelations.merge(top.relation(), 1, Integer::sum);
            t.topScores.add(top.score());
            Evidence e = top.evidence();
            t.topCoverages.add(new double[] {e.verbatimDerivedWeightedCoverage(), e.verbatimSourceWeightedCoverage(),
                e.derivedWeightedCoverage(), e.sourceWeightedCoverage()});
            t.proposed += top.score() >= ProvenanceDetector.PROPOSE ? 1 : 0;
        }
        boolean sourceIsReal = entry.kind() != Kind.ORIGINAL && entry.kind() != Kind.SAME_EVENT_DISTRACTOR;
        double wrongBest = 0;
        for (ProvenanceCandidate c : ranked) {
            boolean trueSource = sourceIsReal && c.sourceId().equals(entry.expectedSourceId());
            if (trueSource) {
                TRUE_SOURCE_SCORES.add(c.score());
            } else {
                wrongBest = Math.max(wrongBest, c.score());
                t.falseAutoLinks += c.score() >= ProvenanceDetector.AUTO_ACCEPT ? 1 : 0;
            }
        }
        WRONG_SOURCE_SCORES.add(wrongBest);
        if (top != null && top.sourceId().equals(entry.expectedSourceId())) {
            t.topCorrect++;
            t.autoAccepted += sourceIsReal && top.score() >= ProvenanceDetector.AUTO_ACCEPT ? 1 : 0;
        }
    }

    private static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static Tally tally(Kind kind) {
        return TALLIES.get(kind);
    }

    @Test
    void verbatimCopiesLinkToTheirOriginal() {
        assertTrue(tally(Kind.VERBATIM).rate(tally(Kind.VERBATIM).topCorrect) >= 0.98);
        assertTrue(tally(Kind.VERBATIM).rate(tally(Kind.VERBATIM).autoAccepted) >= 0.98);
    }

    @Test
    void excerptsLinkToTheirOriginal() {
        assertTrue(tally(Kind.EXCERPT).rate(tally(Kind.EXCERPT).topCorrect) >= 0.95);
        assertTrue(tally(Kind.EXCERPT).rate(tally(Kind.EXCERPT).autoAccepted) >= 0.9);
    }

    @Test
    void paraphrasesLinkToTheirOriginal() {
        assertTrue(tally(Kind.PARAPHRASE).rate(tally(Kind.PARAPHRASE).topCorrect) >= 0.9);
        assertTrue(tally(Kind.INTERMEDIATE_COPY).rate(tally(Kind.INTERMEDIATE_COPY).topCorrect) >= 0.9);
    }

    @Test
    void copiesOfCopiesLinkToTheRootOriginal() {
        assertTrue(tally(Kind.COPY_OF_COPY).rate(tally(Kind.COPY_OF_COPY).topCorrect) >= 0.9);
    }

    @Test
    void originalsAndSameEventStoriesAreNeverLinkedAutomatically() {
        assertEquals(0, tally(Kind.ORIGINAL).falseAutoLinks);
        assertEquals(0, tally(Kind.SAME_EVENT_DISTRACTOR).falseAutoLinks);
    }

    @Test
    void noDerivedDocumentIsAutoLinkedToAWrongSource() {
        for (Kind kind : List.of(Kind.VERBATIM, Kind.EXCERPT, Kind.PARAPHRASE, Kind.INTERMEDIATE_COPY, Kind.COPY_OF_COPY)) {
            assertEquals(0, tally(kind).falseAutoLinks, kind::name);
        }
    }
}
