package archive.core.provenance.scoring;

import archive.core.provenance.alignment.CoveredChars;
import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.alignment.EvidencePassage;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence already explained by a better candidate does not count twice. A copy of original A also shares
 * A's stock background sentences with an unrelated original B; once A explains those passages, B keeps only
 * the share of its evidence that A does not explain, and its score shrinks accordingly.
 */
public final class ExplainedEvidence {

    /** Below this share of unexplained evidence a candidate is mostly a shadow of a better one. */
    private static final double MIN_OWN_SHARE = 0.5;

    private ExplainedEvidence() {
    }

    /** {@code ranked} best first; returns the candidates re-scored and re-sorted. */
    static List<ProvenanceCandidate> discount(List<ProvenanceCandidate> ranked) {
        List<ProvenanceCandidate> result = new ArrayList<>();
        CoveredChars explained = new CoveredChars();
        for (ProvenanceCandidate c : ranked) {
            double own = ownShare(c, explained);
            result.add(own >= MIN_OWN_SHARE ? c
                    : new ProvenanceCandidate(c.sourceId(), c.score() * own / MIN_OWN_SHARE, c.relation(), c.evidence(),
                    c.signals()));
            if (c.relation().isTextual()) {
                c.evidence().passages().forEach(p -> explained.add(p.derivedStart(), p.derivedEnd()));
            }
        }
        result.sort(ProvenanceDetector.BEST_FIRST);
        return result;
    }

    private static double ownShare(ProvenanceCandidate c, CoveredChars explained) {
        int total = 0;
        int own = 0;
        for (EvidencePassage p : c.evidence().passages()) {
            int length = p.derivedEnd() - p.derivedStart();
            total += length;
            own += length - explained.overlap(p.derivedStart(), p.derivedEnd());
        }
        return total == 0 ? 1.0 : own / (double) total;
    }
}
