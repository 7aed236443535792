package archive.core.provenance;

import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.alignment.EvidencePassage;
import archive.core.provenance.alignment.PassageKind;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.scoring.Credit;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.scoring.ProvenanceDetector;
import archive.core.provenance.scoring.ProvenanceSignals;
import archive.core.provenance.scoring.Relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a look-up of a text that is not archived reports: its candidates, their verdicts and shares, or why none. */
class TextMatchTest {

    private static final Document TEXT = Document.of("", "x".repeat(100));

    @Test
    void explainsTheShareOfTheTextInsideSomePassageCountingOverlapsOnce() {
        ProvenanceCandidate candidate = candidate("a", 0.9, Relation.EXCERPT, passage(0, 30), passage(20, 40),
                passage(90, 100));

        TextMatch.Source source = TextMatch.of(TEXT, List.of(candidate), TextMatchTest::neverAsked).sources().get(0);

        assertEquals(0.5, source.explainedShare(), 1e-9);
    }

    @Test
    void keepsEveryCandidateSharingPassagesOrWorthRecordingBestFirstAndDropsTheRest() {
        List<ProvenanceCandidate> ranked = List.of(
                candidate("accepted", ProvenanceDetector.AUTO_ACCEPT, Relation.VERBATIM, passage(0, 100)),
                candidate("proposed", ProvenanceDetector.PROPOSE, Relation.SAME_EVENT),
                candidate("weak", 0.01, Relation.UNRELATED, passage(10, 20)),
                candidate("nothing shared", 0.05, Relation.UNRELATED));

        List<TextMatch.Source> sources = TextMatch.of(TEXT, ranked, TextMatchTest::neverAsked).sources();

        assertEquals(List.of("accepted", "proposed", "weak"),
                sources.stream().map(source -> source.candidate().sourceId()).toList());
        assertTrue(sources.get(0).wouldAccept());
        assertFalse(sources.get(0).wouldPropose());
        assertFalse(sources.get(1).wouldAccept());
        assertTrue(sources.get(1).wouldPropose());
        assertFalse(sources.get(2).wouldAccept() || sources.get(2).wouldPropose());
    }

    @Test
    void followsTheRuleDetectionRecordsLinksBy() {
        for (Relation relation : Relation.values()) {
            for (double score : new double[] {0, ProvenanceDetector.PROPOSE, ProvenanceDetector.AUTO_ACCEPT, 1}) {
                ProvenanceCandidate candidate = candidate("s", score, relation, passage(0, 10));
                TextMatch.Source source = TextMatch.of(TEXT, List.of(candidate), TextMatchTest::neverAsked)
                        .sources().get(0);
                LinkStatus recorded = ProvenanceService.detectedStatus(candidate).orElse(null);
                assertEquals(recorded == LinkStatus.AUTO, source.wouldAccept(), relation + " " + score);
                assertEquals(recorded == LinkStatus.PROPOSED, source.wouldPropose(), relation + " " + score);
            }
        }
    }

    @Test
    void saysWhyNothingWasFound() {
        TextMatch unknown = TextMatch.of(TEXT, List.of(candidate("s", 0.05, Relation.UNRELATED)), () -> true);
        assertTrue(unknown.sources().isEmpty());
        assertEquals(TextMatch.NOTHING_SHARED, unknown.emptyReason());

        assertEquals(TextMatch.NO_CONTENT, TextMatch.of(Document.of("", "Home\nNews\n"), List.of(), () -> false)
                .emptyReason());
        assertEquals(TextMatch.NO_CONTENT_IN_ONE_LINE, TextMatch.of(Document.of("", "Related News\n"), List.of(),
                () -> false).emptyReason());
        assertNull(TextMatch.of(TEXT, List.of(candidate("s", 0.9, Relation.VERBATIM, passage(0, 100))),
                TextMatchTest::neverAsked).emptyReason());
    }

    private static boolean neverAsked() {
        return fail("whether the text has content is asked only when nothing was found");
    }

    private static ProvenanceCandidate candidate(String id, double score, Relation relation,
            EvidencePassage... passages) {
        Evidence evidence = new Evidence(List.of(passages), 0, 0, 0, 0, 0, 0, 0, 0);
        ProvenanceSignals signals = new ProvenanceSignals(0, 0, false, false, Credit.NONE, false, false, false, 1, null);
        return new ProvenanceCandidate(id, score, relation, evidence, signals);
    }

    private static EvidencePassage passage(int start, int end) {
        return new EvidencePassage(PassageKind.VERBATIM, start, end, start, end, "", "", 1);
    }
}
