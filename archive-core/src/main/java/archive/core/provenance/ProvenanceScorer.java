package archive.core.provenance;

/**
 * Turns evidence and signals into a score in [0, 1]. Each relation has its own base range; credits and
 * shared quotations add; the direction factor multiplies. Same-event links and links from an original
 * are capped below {@link ProvenanceDetector#AUTO_ACCEPT}: covering the same event is never proof of
 * copying, and an original is nobody's copy.
 */
final class ProvenanceScorer {

    static final double SAME_EVENT_CAP = 0.6;
    /**
     * An authoritative original is a root by definition: text it shares with an older original (reused
     * background paragraphs) may be proposed, never linked automatically.
     */
    static final double ORIGINAL_CAP = 0.6;
    static final double UNRELATED_CAP = 0.2;
    private static final double EXACT_CREDIT_BONUS = 0.15;
    private static final double ORGANIZATION_CREDIT_BONUS = 0.05;
    private static final double QUOTATION_BONUS = 0.04;
    private static final int QUOTATIONS_COUNTED = 2;

    private ProvenanceScorer() {
    }

    static double score(Relation relation, Evidence e, ProvenanceSignals s) {
        double base = switch (relation) {
            case VERBATIM -> 0.9 + 0.1 * Math.min(e.verbatimDerivedWeightedCoverage(), e.verbatimSourceWeightedCoverage());
            case EXCERPT -> 0.7 + 0.25 * Math.min(1.0, e.verbatimSourceWeightedCoverage() / 0.4);
            case PARAPHRASE -> 0.45 + 0.5 * Math.min(1.0, paraphraseStrength(e, s));
            case SAME_EVENT -> 0.15 + 0.25 * s.entityOverlap() + (s.eventDateMatch() ? 0.1 : 0)
                    + 0.1 * Math.min(1.0, e.derivedWeightedCoverage() / 0.2);
            case UNRELATED -> 0.1 * e.derivedWeightedCoverage();
        };
        double bonus = switch (s.credit()) {
            case EXACT -> EXACT_CREDIT_BONUS;
            case ORGANIZATION -> ORGANIZATION_CREDIT_BONUS;
            case NONE -> 0;
        };
        bonus += QUOTATION_BONUS * Math.min(QUOTATIONS_COUNTED, s.sharedQuotations());
        // Bonuses close part of the remaining gap to 1, so strong links stay ordered instead of tying at 1.
        double score = (base + bonus * (1 - base)) * s.directionFactor();
        if (s.derivedAuthoritative()) {
            score = Math.min(ORIGINAL_CAP, score);
        }
        return switch (relation) {
            case SAME_EVENT -> Math.min(SAME_EVENT_CAP, score);
            case UNRELATED -> Math.min(UNRELATED_CAP, score);
            default -> score;
        };
    }

    /**
     * 1.0 for a rewrite that reproduces 40% of the source's and of its own rarity mass sentence by
     * sentence, names what the source names and follows its order. Reworded sentences only count the stems
     * they share, so even a faithful rewrite rarely reproduces much more than that.
     */
    private static double paraphraseStrength(Evidence e, ProvenanceSignals s) {
        return 0.35 * e.sourceWeightedCoverage() / 0.4 + 0.25 * e.derivedWeightedCoverage() / 0.4
                + 0.25 * s.entityOverlap() / 0.8 + 0.15 * e.orderConsistency();
    }
}
