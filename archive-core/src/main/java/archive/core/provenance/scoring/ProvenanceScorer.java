package archive.core.provenance.scoring;

import archive.core.provenance.alignment.Evidence;


/**
 * Turns evidence and signals into a score in [0, 1]. Each relation has its own base range; credits and
 * shared quotations add; the direction factor multiplies. Same-event links and links from an original
 * are capped below {@link ProvenanceDetector#AUTO_ACCEPT}: covering the same event is never proof of
 * copying, and an original is nobody's copy.
 */
public final class ProvenanceScorer {

    static final double SAME_EVENT_CAP = 0.6;
    /**
     * An authoritative original is a root by definition: text it shares with an older original (reused
     * background paragraphs) may be proposed, never linked automatically.
     */
    static final double ORIGINAL_CAP = 0.6;
    static final double UNRELATED_CAP = 0.2;
    /**
     * Shared words about different days are a template reused (DoD releases and readouts repeat their wording from
     * one event to the next), not proof of copying: proposed, never linked automatically.
     */
    public static final double OTHER_DAY_CAP = 0.6;
    /**
     * An excerpt of a sentence or two, not a copied block: strong enough to propose and to rank its source first,
     * never linked without review (the same sentence is in the readouts of other calls, in another outlet's story).
     */
    static final double QUOTED_SENTENCE_CAP = 0.75;
    /**
     * A copied sentence scores from 0.45 up to {@link #QUOTED_SENTENCE_CAP} as rare as this (in rare words, see
     * {@link Evidence#strongestVerbatimRarity()}): below a rewrite that follows the source through several passages,
     * so a line of site chrome a few pages share does not outrank the story's real source.
     */
    static final double QUOTED_SENTENCE_FULL_RARITY = 8;
    /** A rewrite keeps "at least one rare sentence" when it is this rare (see {@link #PARAPHRASE_ACCEPTED_PASSAGES}). */
    static final double PARAPHRASE_ACCEPTED_RARITY = 6;
    /**
     * A rewrite is linked without review when it keeps at least one rare sentence word for word or follows the source
     * through many passages; a few reworded sentences are what readouts of different calls with the same minister
     * share (the real corpus's false links were of that kind), so they are proposed.
     */
    static final int PARAPHRASE_ACCEPTED_PASSAGES = 8;
    private static final double EXACT_CREDIT_BONUS = 0.15;
    private static final double ORGANIZATION_CREDIT_BONUS = 0.05;
    private static final double QUOTATION_BONUS = 0.04;
    private static final int QUOTATIONS_COUNTED = 2;

    private ProvenanceScorer() {
    }

    static double score(Relation relation, Evidence e, ProvenanceSignals s) {
        double base = switch (relation) {
            case VERBATIM -> 0.9 + 0.1 * Math.min(e.verbatimDerivedWeightedCoverage(), e.verbatimSourceWeightedCoverage());
            case EXCERPT -> RelationClassifier.isCopiedBlock(e)
                    ? 0.7 + 0.25 * Math.min(1.0, e.verbatimSourceWeightedCoverage() / 0.4)
                    : 0.45 + 0.3 * Math.min(1.0, e.strongestVerbatimRarity() / QUOTED_SENTENCE_FULL_RARITY);
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
        return relation == Relation.UNRELATED ? Math.min(UNRELATED_CAP, score) : capped(score, cap(relation, e, s));
    }

    /** The highest score the link may reach: 1 unless something says it must be reviewed. */
    private static double cap(Relation relation, Evidence e, ProvenanceSignals s) {
        double cap = switch (relation) {
            case EXCERPT -> RelationClassifier.isCopiedBlock(e) ? 1 : QUOTED_SENTENCE_CAP;
            case PARAPHRASE -> e.strongestVerbatimRarity() >= PARAPHRASE_ACCEPTED_RARITY
                    || e.passages().size() >= PARAPHRASE_ACCEPTED_PASSAGES ? 1 : QUOTED_SENTENCE_CAP;
            case SAME_EVENT -> SAME_EVENT_CAP;
            default -> 1;
        };
        if (s.derivedAuthoritative() && s.credit() != Credit.EXACT) { // an original that names its source reprints it
            cap = Math.min(cap, ORIGINAL_CAP);
        }
        if (s.eventDatesDiffer()) {
            cap = Math.min(cap, OTHER_DAY_CAP);
        }
        return cap;
    }

    /**
     * Scores above {@link ProvenanceDetector#PROPOSE} squeezed into [PROPOSE, cap] rather than cut at the cap, so
     * capped candidates keep their order (a DoD page's sources do not all tie at {@link #ORIGINAL_CAP}) and what would
     * be proposed still is.
     */
    private static double capped(double score, double cap) {
        if (score <= ProvenanceDetector.PROPOSE || cap >= 1) {
            return Math.min(score, cap);
        }
        double propose = ProvenanceDetector.PROPOSE;
        return propose + (score - propose) * (cap - propose) / (1 - propose);
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
