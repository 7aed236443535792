package archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.web.database.EmbeddedPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drops the whole database of an archive, runs {@code rebuild-catalog} on the packaged application, and compares the
 * rebuilt catalog with the one that was lost, row by row.
 */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class RebuildCatalogIT {

    private static final int DOCUMENTS = 20;
    private static final String ORIGINAL_000 = "095111aef963144d";
    private static final String SAME_EVENT_003 = "1aacb8dbb6810538";
    private static final String WEB_PAGE_004 = "ae93cf49b4b6e044";

    @Test
    void rebuildsTheCatalogFromTheStoreAloneAfterTheDatabaseIsDropped() throws Exception {
        Path work = Files.createTempDirectory("archive-rebuild-it");
        Path dataDir = work.resolve("data");
        Map<String, String> settings = Map.of("ARCHIVE_SEEDS_DIR", Path.of("../seeds").toAbsolutePath().toString());
        try {
            fillArchive(dataDir, settings);
            CatalogSnapshot lost;
            try (EmbeddedPostgres database = EmbeddedPostgres.start(dataDir)) {
                lost = CatalogSnapshot.take(database);
                dropCatalogDatabase(database);
            }

            ArchiveProcess.CommandResult rebuild = ArchiveProcess.runCommand(dataDir, settings, "rebuild-catalog");
            assertEquals(0, rebuild.exitCode(), rebuild.output());
            assertTrue(rebuild.output().contains("catalog rebuilt from the OCFL store"), rebuild.output());

            CatalogSnapshot rebuilt;
            try (EmbeddedPostgres database = EmbeddedPostgres.start(dataDir)) {
                rebuilt = CatalogSnapshot.take(database);
            }
            List<String> differences = lost.differences(rebuilt);
            System.out.printf("rebuild: documents compared %d, versions compared %d, tables compared %s, "
                    + "differences %d%n", lost.rows("document"), lost.rows("document_version"),
                    lost.tables().keySet(), differences.size());
            differences.forEach(difference -> System.out.println("  " + difference));
            assertTrue(lost.rows("document") >= DOCUMENTS + 5, "the archive held the seeds and the uploads");
            assertEquals(List.of(), differences);
        } finally {
            ArchiveProcess.stopLeftoverDatabase(dataDir);
            ArchiveProcess.deleteWorkDirectory(work);
        }
    }

    /**
     * Seeds, new documents, new versions of some of them, librarians' corrections and provenance decisions (on links
     * detection proposed and on one it did not); then a clean shutdown.
     */
    private static void fillArchive(Path dataDir, Map<String, String> settings) {
        ArchiveProcess archive = ArchiveProcess.start(dataDir, settings);
        try {
            ArchiveClient client = new ArchiveClient(archive);
            Random random = new Random(23);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                byte[] text = ("Rebuild test document " + i + " " + random.nextLong() + "\n").getBytes(
                        StandardCharsets.UTF_8);
                JsonNode created = ArchiveClient.parse(client.sendExpecting(client.upload(text, "doc-" + i + ".txt"),
                        201).body());
                ids.add(created.get("id").asText());
                for (int version = 2; version <= i % 3 + 1; version++) {
                    client.sendExpecting(client.newVersion(created.get("id").asText(),
                            ("version " + version + " of " + i + "\n").getBytes(StandardCharsets.UTF_8)), 201);
                }
            }
            client.sendExpecting(client.patch("/api/v1/documents/" + ids.get(0) + "/metadata",
                    "{\"title\": \"Corrected Before the Catalog Was Lost\", \"publicationDate\": \"2024-07\"}"), 200);
            decide(client, SAME_EVENT_003, ORIGINAL_000, "confirmed");
            decide(client, WEB_PAGE_004, ORIGINAL_000, "rejected");
            decide(client, ids.get(1), ids.get(2), "confirmed");
            decide(client, ids.get(3), ids.get(2), "confirmed");
            decide(client, ids.get(3), ids.get(2), "rejected");
        } finally {
            archive.stop();
        }
    }

    private static void decide(ArchiveClient client, String derivedId, String sourceId, String status) {
        client.sendExpecting(client.post("/api/v1/documents/" + derivedId + "/provenance/" + sourceId,
                "{\"status\": \"" + status + "\"}"), 200);
    }

    private static void dropCatalogDatabase(EmbeddedPostgres database) throws Exception {
        String maintenance = database.jdbcUrl().replaceAll("/archive$", "/postgres");
        try (Connection connection = DriverManager.getConnection(maintenance, database.username(),
                database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database archive");
        }
    }
}
