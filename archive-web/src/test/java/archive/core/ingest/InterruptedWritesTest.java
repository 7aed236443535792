package archive.core.ingest;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import archive.api.support.OtherNode;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.EventType;
import archive.core.config.ArchiveConfig;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import io.ocfl.api.model.VersionNum;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A node that dies between its store write and its catalog transaction leaves a write intent that only the database
 * remembers: any node repairs it — but never while a live node holds the document's lock, since that node may still
 * be writing.
 */
@QuarkusTest
class InterruptedWritesTest {

    @Inject
    IngestService ingest;

    @Inject
    InterruptedWrites interruptedWrites;

    @Inject
    ObjectStore store;

    @Inject
    ObjectMetadataCodec codec;

    @Inject
    Catalog catalog;

    @Inject
    EntityManager entityManager;

    @Inject
    LegacyJournal legacyJournal;

    @Inject
    ArchiveConfig config;

    @Test
    void anIntentLeftByADeadNodeIsRepairedByThisOne() {
        String id = create("Left half-written by a dead node");
        byte[] second = deadNodeWroteSecondVersion(id);

        interruptedWrites.repair();

        assertEquals(List.of(), intents(id), "the intent ended with its repair");
        List<DocumentVersion> versions = catalog.versions(new DocumentId(id));
        assertEquals(2, versions.size(), "the version the dead node stored is recorded");
        assertEquals(ContentDigest.sha256Hex(second), versions.get(1).sha256);
    }

    @Test
    void anIntentWhoseDocumentALiveNodeHoldsIsLeftToIt() throws Exception {
        String id = create("Being written by a live node");
        deadNodeWroteSecondVersion(id);
        try (OtherNode live = new OtherNode()) {
            live.lockDocument(id);

            interruptedWrites.repair();

            assertEquals(List.of("another node"), intents(id), "untouched while its writer may still be at work");
            assertEquals(1, catalog.versions(new DocumentId(id)).size());
            live.unlockDocument(id);
        }
        interruptedWrites.repair();
        assertEquals(List.of(), intents(id));
        assertEquals(2, catalog.versions(new DocumentId(id)).size());
    }

    @Test
    void aNewVersionFirstRepairsTheWriteADeadNodeLeft() {
        String id = create("Edited after a dead node's write");
        byte[] second = deadNodeWroteSecondVersion(id);
        byte[] third = utf8(unique("Edited after a dead node's write, again"));

        IngestResult result = ingest.addVersion(new DocumentId(id), new Upload(third, null, "test"),
                Optional.empty());

        assertEquals(3, result.version().number, "the dead node's version keeps its number");
        assertEquals(List.of(ContentDigest.sha256Hex(second), ContentDigest.sha256Hex(third)),
                catalog.versions(new DocumentId(id)).stream().skip(1).map(version -> version.sha256).toList());
        assertEquals(List.of(), intents(id));
    }

    @Test
    void aWriteEndsItsIntentInItsCatalogTransaction() {
        String id = create("Written without interruption");
        assertEquals(List.of(), intents(id));
    }

    @Test
    void theMarksOfTheFileJournalOfEarlierReleasesAreTakenOverAndRepaired() throws IOException {
        String single = create("Interrupted under an earlier release");
        String batched = create("Interrupted in an earlier release's batch");
        byte[] singleText = storeSecondVersion(single);
        byte[] batchedText = storeSecondVersion(batched);
        Path journal = Files.createDirectories(config.dataDir().resolve("journal"));
        Files.createFile(journal.resolve(single + ".pending"));
        // The batch's listing was cut short by the crash: the partial id names no document.
        Files.writeString(journal.resolve("batch-0b7c.pending"), batched + "\n00000000000",
                StandardCharsets.US_ASCII);

        legacyJournal.takeOver();
        assertFalse(Files.exists(journal), "the folder is gone once its marks are intents");
        interruptedWrites.repair();

        assertEquals(ContentDigest.sha256Hex(singleText), catalog.versions(new DocumentId(single)).get(1).sha256);
        assertEquals(ContentDigest.sha256Hex(batchedText), catalog.versions(new DocumentId(batched)).get(1).sha256);
        assertEquals(List.of(), intents(single));
        assertEquals(List.of(), intents(batched));
    }

    private String create(String subject) {
        return ingest.ingest(new Upload(utf8(unique(subject)), null, "test")).document().id;
    }

    /**
     * What another node leaves when it dies after storing version 2 and before recording it: its intent, committed
     * first, and the version in the store.
     */
    private byte[] deadNodeWroteSecondVersion(String id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into write_intent (document_id, began_by) values (?1, 'another node')")
                .setParameter(1, id).executeUpdate());
        return storeSecondVersion(id);
    }

    /** Version 2 in the store only, as a writer leaves it when it dies before its catalog transaction. */
    private byte[] storeSecondVersion(String id) {
        byte[] text = utf8(unique("The dead node's version"));
        ContentDigest digest = ContentDigest.of(text);
        ObjectMetadata metadata = new ObjectMetadata(ObjectMetadata.SCHEMA, id, 2, digest.sha256(), text.length,
                IngestService.MEDIA_TYPE, id + ".txt", Instant.now(), "another node", EventType.NEW_VERSION);
        store.write(id, Optional.of(VersionNum.V1), text, codec.write(metadata), "another node", "new version");
        return text;
    }

    private List<String> intents(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select began_by from write_intent where document_id = ?1", String.class).setParameter(1, id)
                .getResultList());
    }
}
