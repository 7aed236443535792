package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.catalog.EventType;
import archive.core.provenance.LinkStatus;

import archive.core.storage.ObjectMetadata.Correction;
import archive.core.storage.ObjectMetadata.LinkDecision;
import archive.core.storage.ObjectMetadata.Revision;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectMetadataCodecTest {

    private final ObjectMetadataCodec codec = new ObjectMetadataCodec();

    /** A metadata.json written before corrections existed. */
    @Test
    void readsFilesWithoutCorrectionsAsHavingNone() {
        String old = """
                {"schema": "archive-object/1", "documentId": "0123456789abcdef", "textVersion": 1,
                 "sha256": "%s", "size": 3, "mediaType": "text/plain; charset=utf-8", "originalFileName": "a.txt",
                 "createdAt": "2026-11-23T10:00:00Z", "createdBy": "admin", "event": "ingestion",
                 "addedByALaterRelease": {"x": 1}}""".formatted("a".repeat(64));

        ObjectMetadata metadata = codec.read(old.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), metadata.corrections());
        assertEquals(List.of(), metadata.provenanceDecisions());
        assertEquals(0, metadata.metadataVersion());
        assertEquals(Optional.empty(), metadata.latestRevision());
        assertEquals("a.txt", metadata.originalFileName());
    }

    @Test
    void correctionsRoundTripWithNullForNoValue() {
        Instant at = Instant.parse("2026-11-23T10:15:30.123456Z");
        ObjectMetadata metadata = new ObjectMetadata(ObjectMetadata.SCHEMA, "0123456789abcdef", 1, "a".repeat(64), 3,
                "text/plain; charset=utf-8", "a.txt", at, "admin", EventType.INGESTION)
                .withCorrections(List.of(
                        new Correction(1, "title", TextNode.valueOf("Old"), TextNode.valueOf("New"), "admin", at),
                        new Correction(2, "dateline", TextNode.valueOf("Washington"), null, "alice", at)),
                        EventType.METADATA_CORRECTION);

        byte[] json = codec.write(metadata);
        ObjectMetadata read = codec.read(json);

        assertEquals(metadata, read);
        assertEquals(2, read.metadataVersion());
        assertEquals(NullNode.getInstance(), read.corrections().get(1).to());
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"to\" : null"));
    }

    @Test
    void provenanceDecisionsRoundTripBesideTheCorrectionsAndTheNewestRevisionIsKnown() {
        Instant ingested = Instant.parse("2026-11-23T10:00:00Z");
        Instant corrected = Instant.parse("2026-11-23T10:15:30.123456Z");
        Instant decided = Instant.parse("2026-11-23T11:00:00.000001Z");
        ObjectMetadata metadata = new ObjectMetadata(ObjectMetadata.SCHEMA, "0123456789abcdef", 1, "a".repeat(64), 3,
                "text/plain; charset=utf-8", "a.txt", ingested, "admin", EventType.INGESTION)
                .withCorrections(List.of(new Correction(1, "title", NullNode.getInstance(), TextNode.valueOf("T"),
                        "alice", corrected)), EventType.METADATA_CORRECTION)
                .withProvenanceDecisions(List.of(new LinkDecision("fedcba9876543210", LinkStatus.CONFIRMED, "bob",
                        decided)), EventType.PROVENANCE_DECISION);

        byte[] json = codec.write(metadata);
        ObjectMetadata read = codec.read(json);

        assertEquals(metadata, read);
        assertEquals(1, read.corrections().size(), "a decision keeps the corrections");
        assertEquals(EventType.PROVENANCE_DECISION, read.event());
        assertEquals(Optional.of(new Revision("bob", decided)), read.latestRevision());
        String written = new String(json, StandardCharsets.UTF_8);
        assertTrue(written.contains("\"event\" : \"provenance-decision\""), "terms are written as their codes");
        assertTrue(written.contains("\"status\" : \"confirmed\""), written);
    }

    /** A file is never read with a term it does not name: the catalog rebuilt from it would say something else. */
    @Test
    void refusesACodeItDoesNotKnowAndSaysWhich() {
        String decided = """
                {"schema": "archive-object/1", "documentId": "0123456789abcdef", "textVersion": 1,
                 "sha256": "%s", "size": 3, "mediaType": "text/plain; charset=utf-8", "originalFileName": "a.txt",
                 "createdAt": "2026-11-23T10:00:00Z", "createdBy": "admin", "event": "provenance-decision",
                 "provenanceDecisions": [{"sourceId": "fedcba9876543210", "status": "maybe", "by": "bob",
                                          "at": "2026-11-23T11:00:00Z"}]}""".formatted("a".repeat(64));

        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> codec.read(decided.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().contains("\"maybe\""), refused.getMessage());
    }
}
