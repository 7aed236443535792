package archive.core.provenance.scoring;

import archive.core.provenance.alignment.CoveredChars;
import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.alignment.EvidencePassage;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence already explained by a better candidate does not count twice. A copy of original A also shares
 * A's stock background sentences with an unrelated original B; once A explains those passages, B keeps only
 * the share of its evidence that A does not explain, and its score shrinks accordingly. A candidate that explains
 * nearly as much of the text as an authoritative leader, nearly as strongly, and is authoritative too, is no shadow
 * but a twin — the same story on two DoD outlets — and stays listed below it, proposed for a librarian rather than
 * accepted beside it.
 */
public final class ExplainedEvidence {

    /** Below this share of unexplained evidence a candidate is mostly a shadow of a better one. */
    private static final double MIN_OWN_SHARE = 0.5;
    /** A twin's evidence is at least this share of the leader's, and its score this share of the leader's. */
    private static final double TWIN_SHARE = 0.9;
    /** One text has one accepted source: a twin is proposed, never accepted, whatever its own score. */
    private static final double TWIN_CAP = ProvenanceDetector.AUTO_ACCEPT - 0.01;

    private ExplainedEvidence() {
    }

    /** {@code ranked} best first; returns the candidates re-scored and re-sorted. */
    static List<ProvenanceCandidate> discount(List<ProvenanceCandidate> ranked) {
        List<ProvenanceCandidate> result = new ArrayList<>();
        CoveredChars explained = new CoveredChars();
        ProvenanceCandidate leader = null;
        for (ProvenanceCandidate c : ranked) {
            double own = ownShare(c, explained);
            if (own >= MIN_OWN_SHARE) {
                result.add(c);
            } else if (isTwin(c, leader)) {
                result.add(c.withScore(Math.min(c.score(), TWIN_CAP)));
            } else {
                result.add(c.withScore(c.score() * own / MIN_OWN_SHARE));
            }
            if (c.relation().isTextual()) {
                c.evidence().passages().forEach(p -> explained.add(p.derivedStart(), p.derivedEnd()));
                leader = leader == null ? c : leader;
            }
        }
        result.sort(ProvenanceDetector.BEST_FIRST);
        return result;
    }

    private static boolean isTwin(ProvenanceCandidate c, ProvenanceCandidate leader) {
        return leader != null && c.relation().isTextual()
                && c.signals().sourceAuthoritative() && leader.signals().sourceAuthoritative()
                && evidenceLength(c) >= TWIN_SHARE * evidenceLength(leader)
                && c.score() >= TWIN_SHARE * leader.score();
    }

    private static int evidenceLength(ProvenanceCandidate c) {
        return c.evidence().passages().stream().mapToInt(p -> p.derivedEnd() - p.derivedStart()).sum();
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
