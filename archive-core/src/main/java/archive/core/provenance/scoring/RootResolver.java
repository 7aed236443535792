package archive.core.provenance.scoring;

import archive.core.provenance.analysis.AnalyzedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A copy of a copy should link to the original at the root. When the best candidate is itself a copy and
 * an archived original among the candidates is the source of that copy, the original takes the lead with
 * the strength of the chain, and the copy is kept just below it as the intermediary.
 */
public final class RootResolver {

    /** Originals tried as the root of the leading copy; each try costs one extra alignment. */
    private static final int ROOTS_TRIED = 3;
    private static final double INTERMEDIARY_DISCOUNT = 0.95;

    private RootResolver() {
    }

    static List<ProvenanceCandidate> preferRoots(List<ProvenanceCandidate> ranked, Map<String, AnalyzedDocument> documents,
                                                 PairAssessor assessor) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        ProvenanceCandidate copy = ranked.get(0);
        if (copy.signals().sourceAuthoritative() || copy.score() < ProvenanceDetector.PROPOSE) {
            return ranked;
        }
        List<ProvenanceCandidate> originals = ranked.stream()
                .filter(c -> c.signals().sourceAuthoritative() && c.relation() != Relation.UNRELATED)
                .limit(ROOTS_TRIED).toList();
        for (ProvenanceCandidate original : originals) {
            ProvenanceCandidate link = assessor.assess(documents.get(copy.sourceId()), documents.get(original.sourceId()));
            if (isRoot(original, link)) {
                return promote(ranked, copy, original, link);
            }
        }
        return ranked;
    }

    /**
     * The copy reproduces the original, and the derived text shares text with the original or reached it through a
     * copy of a block of its words: two readouts of different meetings share their template and a sentence or two,
     * which makes neither the root of a third text that shares only the event with it.
     */
    private static boolean isRoot(ProvenanceCandidate original, ProvenanceCandidate link) {
        boolean copied = link.relation() == Relation.VERBATIM
                || link.relation() == Relation.EXCERPT && RelationClassifier.isCopiedBlock(link.evidence());
        return link.relation().isTextual() && link.score() >= ProvenanceDetector.PROPOSE
                && (original.relation().isTextual() || copied);
    }

    private static List<ProvenanceCandidate> promote(List<ProvenanceCandidate> ranked, ProvenanceCandidate copy,
                                                     ProvenanceCandidate original, ProvenanceCandidate link) {
        // The copy's score was discounted for being a copy; through it the derived text reaches the original.
        double chain = Math.min(copy.score() / copy.signals().directionFactor(), link.score());
        double rootScore = Math.max(original.score(), chain);
        Relation rootRelation = original.relation().isTextual() ? original.relation() : weaker(copy.relation(), link.relation());
        ProvenanceCandidate root = new ProvenanceCandidate(original.sourceId(), rootScore, rootRelation,
                original.evidence(), original.signals().viaIntermediary(copy.sourceId()));
        ProvenanceCandidate intermediary = new ProvenanceCandidate(copy.sourceId(),
                Math.min(copy.score(), rootScore) * INTERMEDIARY_DISCOUNT, copy.relation(), copy.evidence(),
                copy.signals());
        List<ProvenanceCandidate> result = new ArrayList<>();
        result.add(root);
        result.add(intermediary);
        for (ProvenanceCandidate c : ranked) {
            if (c != copy && c != original) {
                result.add(c);
            }
        }
        result.sort(ProvenanceDetector.BEST_FIRST);
        return result;
    }

    /** The more transformative of two textual relations (VERBATIM < EXCERPT < PARAPHRASE). */
    private static Relation weaker(Relation a, Relation b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
