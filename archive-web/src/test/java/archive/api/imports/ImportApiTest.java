package archive.api.imports;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.catalog.EventType;
import archive.core.ingest.IngestService;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bulk import of a server-side folder (inside ARCHIVE_IMPORTS_ROOT, which is archive-web/target in tests). */
@QuarkusTest
class ImportApiTest {

    private static final Path IMPORTS_ROOT = Path.of("target");
    private static final String SEED_000 = "../seeds/000_095111aef963144d.txt";

    @Inject
    ObjectStore store;

    @Inject
    ObjectMetadataCodec metadataCodec;

    @Test
    void reportsEveryFileImportedDuplicateOrRejectedWithTheReason() throws Exception {
        Path folder = newFolder();
        byte[] story = utf8(unique("Imported story"));
        Files.write(folder.resolve("a-story.txt"), story);
        Files.write(folder.resolve("b-same-story.txt"), story);
        Files.copy(Path.of(SEED_000), folder.resolve("c-seed-copy.txt"));
        Files.write(folder.resolve("d-empty.txt"), new byte[0]);
        Files.write(folder.resolve("e-latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
        Files.createDirectories(folder.resolve("nested"));
        Files.write(folder.resolve("nested/f-another.txt"), utf8(unique("Nested story")));
        Files.write(folder.resolve(".hidden"), utf8(unique("never imported")));

        JsonPath report = importFolder(folder).then().statusCode(200)
                .body("imported", equalTo(2))
                .body("duplicates", equalTo(2))
                .body("rejected", equalTo(2))
                .body("files", hasSize(6))
                .extract().jsonPath();

        Map<String, String> outcomes = report.<Map<String, String>>getList("files").stream()
                .collect(Collectors.toMap(file -> file.get("file"), file -> file.get("outcome")));
        assertEquals(Map.of("a-story.txt", "imported", "b-same-story.txt", "duplicate", "c-seed-copy.txt",
                "duplicate", "d-empty.txt", "rejected", "e-latin1.txt", "rejected", "nested/f-another.txt",
                "imported"), outcomes);
        String storyId = ContentDigest.sha256Hex(story).substring(0, 16);
        assertEquals(storyId, report.getString("files.find { it.file == 'b-same-story.txt' }.documentId"));
        assertEquals("095111aef963144d", report.getString("files.find { it.file == 'c-seed-copy.txt' }.documentId"));
        assertTrue(report.getString("files.find { it.file == 'e-latin1.txt' }.reason").contains("UTF-8"));
        assertArrayEquals(story, given().get("/api/v1/documents/{id}/text", storyId).asByteArray());
        given().get("/api/v1/documents/{id}", storyId).then().body("originalFileName", equalTo("a-story.txt"));
    }

    @Test
    void importsAFolderLargerThanABatchAndKeepsEveryByte() throws Exception {
        Path folder = newFolder();
        int files = 450; // more than two batches
        for (int i = 0; i < files; i++) {
            Files.write(folder.resolve(String.format("story-%03d.txt", i)), utf8(unique("Batch story " + i)));
        }

        importFolder(folder).then().statusCode(200).body("imported", equalTo(files)).body("rejected", equalTo(0));

        for (int i : new int[] {0, 199, 200, 449}) {
            byte[] text = Files.readAllBytes(folder.resolve(String.format("story-%03d.txt", i)));
            String id = ContentDigest.sha256Hex(text).substring(0, 16);
            assertArrayEquals(text, given().get("/api/v1/documents/{id}/text", id).asByteArray());
            given().get("/api/v1/documents/{id}/events", id).then().body("type", equalTo(List.of("ingestion")));
        }
        importFolder(folder).then().statusCode(200).body("imported", equalTo(0)).body("duplicates", equalTo(files));
    }

    @Test
    void recordsADocumentACrashLeftInTheStoreButNotInTheCatalog() throws Exception {
        Path folder = newFolder();
        byte[] text = utf8(unique("Stored before a crash"));
        String id = ContentDigest.sha256Hex(text).substring(0, 16);
        ObjectMetadata metadata = new ObjectMetadata(ObjectMetadata.SCHEMA, id, 1, ContentDigest.sha256Hex(text),
                text.length, IngestService.MEDIA_TYPE, "crashed.txt", Instant.now().truncatedTo(ChronoUnit.MICROS),
                "admin", EventType.INGESTION);
        store.write(id, Optional.empty(), text, metadataCodec.write(metadata), "admin", "ingestion");
        Files.write(folder.resolve("crashed.txt"), text);
        Files.write(folder.resolve("fresh.txt"), utf8(unique("Fresh beside the crashed one")));

        importFolder(folder).then().statusCode(200)
                .body("imported", equalTo(1))
                .body("files.find { it.file == 'crashed.txt' }.outcome", equalTo("duplicate"))
                .body("files.find { it.file == 'crashed.txt' }.documentId", equalTo(id));

        assertArrayEquals(text, given().get("/api/v1/documents/{id}/text", id).asByteArray());
        given().get("/api/v1/documents/{id}", id).then().body("versions", hasSize(1));
    }

    @Test
    void refusesFoldersOutsideTheImportRootAndNonLibrarians() {
        asLibrarian().contentType("application/json").body("{\"folder\":\"../..\"}").post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("outside the import root"));
        asLibrarian().contentType("application/json").body("{\"folder\":\"no-such-folder\"}")
                .post("/api/v1/imports")
                .then().statusCode(400).body("detail", containsString("not a folder"));
        given().contentType("application/json").body("{\"folder\":\"import-tests\"}").post("/api/v1/imports")
                .then().statusCode(401);
    }

    private static Response importFolder(Path folder) {
        String relative = IMPORTS_ROOT.toAbsolutePath().relativize(folder.toAbsolutePath()).toString();
        return asLibrarian().contentType("application/json").body(Map.of("folder", relative)).post("/api/v1/imports");
    }

    private static Path newFolder() throws Exception {
        return Files.createDirectories(IMPORTS_ROOT.resolve("import-tests").resolve(UUID.randomUUID().toString()));
    }
}
