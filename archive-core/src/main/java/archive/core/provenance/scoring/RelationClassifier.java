package archive.core.provenance.scoring;

import archive.core.provenance.alignment.Evidence;


/**
 * Names the relation the evidence shows, before direction and credits are considered. Coverage thresholds
 * are on rarity-weighted coverage (see {@link Evidence}), so stock phrases cannot make two articles look
 * copied; the values were read off the labelled corpus (see ProvenanceCorpusTest's coverage table).
 */
public final class RelationClassifier {

    /** Light edits (typos, one replaced sentence) keep both verbatim coverages above 0.8 in the corpus. */
    static final double VERBATIM_COVERAGE = 0.75;
    static final double EXCERPT_SOURCE_COVERAGE = 0.2;
    /** An excerpt is a copied block: at least a long sentence in one piece, not scattered stock phrases. */
    static final int EXCERPT_MIN_BLOCK_WORDS = 25;
    /** In an excerpt nearly all of the evidence is verbatim; rewrites mix in reworded sentences. */
    static final double EXCERPT_VERBATIM_SHARE_OF_EVIDENCE = 0.8;
    /**
     * Or one sentence copied word for word, however little of the source it is: a speech's line or a release's
     * sentence quoted in another story. It must be long and rare: as rare as three words no other archived document
     * has, or some six words in a few percent of them. Copies of the quote lower its rarity as they are archived
     * ("Only one country on Earth can provide the kind of leadership that this moment demands", numbers left out, is
     * 4.0 among the real corpus's 101 DoD pages and falls towards 3 once its copies are archived too).
     */
    static final int EXCERPT_MIN_SENTENCE_WORDS = 10;
    static final double EXCERPT_MIN_SENTENCE_RARITY = 3.0;
    static final double PARAPHRASE_SOURCE_COVERAGE = 0.25;
    /**
     * A rewrite adds words of its own; at 0.2 seed 001 (a rewrite with its own introduction) fell out of paraphrase as
     * soon as a few more documents sharing its words were archived.
     */
    static final double PARAPHRASE_DERIVED_COVERAGE = 0.15;
    static final int PARAPHRASE_MIN_PASSAGES = 3;
    static final double SAME_EVENT_ENTITY_OVERLAP = 0.3;

    private RelationClassifier() {
    }

    /** A good part of the source copied, in one piece at least a long sentence, with little reworded around it. */
    static boolean isCopiedBlock(Evidence e) {
        return e.verbatimSourceWeightedCoverage() >= EXCERPT_SOURCE_COVERAGE
                && e.longestVerbatimWords() >= EXCERPT_MIN_BLOCK_WORDS
                && e.verbatimDerivedWeightedCoverage() >= EXCERPT_VERBATIM_SHARE_OF_EVIDENCE * e.derivedWeightedCoverage();
    }

    static boolean isCopiedSentence(Evidence e) {
        return e.longestVerbatimWords() >= EXCERPT_MIN_SENTENCE_WORDS
                && e.strongestVerbatimRarity() >= EXCERPT_MIN_SENTENCE_RARITY;
    }

    static Relation classify(Evidence e, ProvenanceSignals s) {
        if (e.verbatimDerivedWeightedCoverage() >= VERBATIM_COVERAGE
                && e.verbatimSourceWeightedCoverage() >= VERBATIM_COVERAGE) {
            return Relation.VERBATIM;
        }
        if (isCopiedBlock(e)) {
            return Relation.EXCERPT;
        }
        if (e.sourceWeightedCoverage() >= PARAPHRASE_SOURCE_COVERAGE
                && e.derivedWeightedCoverage() >= PARAPHRASE_DERIVED_COVERAGE
                && e.passages().size() >= PARAPHRASE_MIN_PASSAGES) {
            return Relation.PARAPHRASE;
        }
        // After paraphrase: a rewrite that keeps one sentence word for word is still a rewrite.
        if (isCopiedSentence(e)) {
            return Relation.EXCERPT;
        }
        if (s.entityOverlap() >= SAME_EVENT_ENTITY_OVERLAP || s.eventDateMatch() || s.sharedQuotations() > 0) {
            return Relation.SAME_EVENT;
        }
        return Relation.UNRELATED;
    }
}
