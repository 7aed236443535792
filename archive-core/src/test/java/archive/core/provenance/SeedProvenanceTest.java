package archive.core.provenance;

import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.alignment.EvidencePassage;
import archive.core.provenance.alignment.PassageKind;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.scoring.ProvenanceDetector;
import archive.core.provenance.scoring.ProvenanceSignals;
import archive.core.provenance.scoring.Relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The required outcomes on the five seeds, all indexed and each queried against the others. */
class SeedProvenanceTest {

    private static final Map<String, List<ProvenanceCandidate>> RESULTS = new HashMap<>();

    @BeforeAll
    static void indexAndQueryAllSeeds() {
        Map<String, Document> seeds = Seeds.load();
        ProvenanceLookup lookup = new ProvenanceLookup(new InMemoryCandidateIndex(), new InMemoryTermStatistics(),
                seeds::get);
        seeds.values().forEach(lookup::add);
        for (Document seed : seeds.values()) {
            List<ProvenanceCandidate> ranked = lookup.findSources(seed);
            RESULTS.put(seed.id(), ranked);
            System.out.println(seed.id() + " ->");
            for (ProvenanceCandidate c : ranked) {
                ProvenanceSignals s = c.signals();
                Evidence e = c.evidence();
                System.out.printf("   %s %.3f %-10s passages=%2d chars=%.2f covD=%.2f covS=%.2f verbD=%.2f verbS=%.2f "
                                + "quotes=%d entities=%.2f eventDate=%s credit=%s direction=%.2f via=%s%n",
                        c.sourceId(), c.score(), c.relation(), e.passages().size(), e.derivedCoverage(),
                        e.derivedWeightedCoverage(), e.sourceWeightedCoverage(), e.verbatimDerivedWeightedCoverage(),
                        e.verbatimSourceWeightedCoverage(), s.sharedQuotations(), s.entityOverlap(),
                        s.eventDateMatch(), s.credit(), s.directionFactor(), s.intermediaryId());
            }
        }
    }

    @Test
    void paraphraseLinksToItsOriginalAutomatically() {
        ProvenanceCandidate top = RESULTS.get("001").get(0);
        assertEquals("000", top.sourceId());
        assertEquals(Relation.PARAPHRASE, top.relation());
        assertTrue(top.score() >= ProvenanceDetector.AUTO_ACCEPT, () -> "score " + top.score());
    }

    @Test
    void webRewriteLinksToItsOriginalWithTheSharedRyderQuotation() {
        ProvenanceCandidate top = RESULTS.get("004").get(0);
        assertEquals("000", top.sourceId());
        assertTrue(top.evidence().passages().stream().anyMatch(p -> p.kind() == PassageKind.QUOTATION
                && p.derivedText().contains("in recognition of the upcoming ten-year anniversary")
                && p.sourceText().contains("in recognition of the upcoming 10-year anniversary")));
        assertTrue(top.evidence().passages().stream().anyMatch(p ->
                p.derivedText().contains("Iraqi delegation includes participants")));
    }

    @Test
    void sameEventCoverageIsProposedButNotAccepted() {
        ProvenanceCandidate top = RESULTS.get("003").get(0);
        assertEquals("000", top.sourceId());
        assertEquals(Relation.SAME_EVENT, top.relation());
        assertTrue(top.score() >= ProvenanceDetector.PROPOSE && top.score() < ProvenanceDetector.AUTO_ACCEPT,
                () -> "score " + top.score());
    }

    @Test
    void originalsHaveNoAcceptedSource() {
        for (String original : List.of("000", "002")) {
            assertFalse(RESULTS.get(original).stream().anyMatch(c -> c.score() >= ProvenanceDetector.AUTO_ACCEPT),
                    () -> original + " got " + RESULTS.get(original));
        }
    }

    @Test
    void theOlderOriginalOfTheEventOutranksTheLaterOne() {
        for (String copy : List.of("001", "004")) {
            List<String> order = RESULTS.get(copy).stream().map(ProvenanceCandidate::sourceId).toList();
            assertTrue(order.indexOf("000") < order.indexOf("002") || !order.contains("002"), () -> copy + ": " + order);
        }
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginalTexts() {
        Map<String, Document> seeds = Seeds.load();
        for (Map.Entry<String, List<ProvenanceCandidate>> result : RESULTS.entrySet()) {
            String derived = seeds.get(result.getKey()).text();
            for (ProvenanceCandidate c : result.getValue()) {
                String source = seeds.get(c.sourceId()).text();
                for (EvidencePassage p : c.evidence().passages()) {
                    assertEquals(p.derivedText(), derived.substring(p.derivedStart(), p.derivedEnd()));
                    assertEquals(p.sourceText(), source.substring(p.sourceStart(), p.sourceEnd()));
                }
            }
        }
    }
}
