package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.index.CandidateHit;
import archive.core.provenance.index.Fingerprinter;
import archive.core.provenance.index.Fingerprints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryCandidateIndexTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void candidatesAreOrderedByWeightedHitsAndLimited() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        Map<String, Document> seeds = Seeds.load();
        seeds.forEach((id, doc) -> index.add(id, fingerprinter.fingerprint(doc.text())));
        List<CandidateHit> hits = index.candidates(fingerprinter.fingerprint(seeds.get("001").text()), 3);
        assertEquals(3, hits.size());
        assertEquals("001", hits.get(0).documentId(), "a document finds itself first");
        assertEquals("000", hits.get(1).documentId());
        assertTrue(hits.get(1).weightedHits() >= hits.get(2).weightedHits());
    }

    @Test
    void keysSharedByTooManyDocumentsBecomeStopKeysAndTheirRowsAreDropped() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex(3);
        String boilerplate = "\n\nSubscribe to our newsletter to get the latest defense and security headlines "
                + "delivered to your inbox every morning, and follow the Pentagon team on social media for updates.\n";
        long rowsWithoutStopKeys = 0;
        for (Map.Entry<String, Document> seed : Seeds.load().entrySet()) {
            Fingerprints f = fingerprinter.fingerprint(seed.getValue().text() + boilerplate);
            index.add(seed.getKey(), f);
            rowsWithoutStopKeys += f.rowCount();
        }
        List<CandidateHit> hits = index.candidates(fingerprinter.fingerprint(
                "The city council approved a plan to renovate the downtown parking garage." + boilerplate), 10);
        assertTrue(hits.isEmpty(), () -> "boilerplate still retrieves " + hits);
        assertTrue(index.rowCount() < rowsWithoutStopKeys);
    }
}
