package archive.api.audits;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import archive.core.storage.FileSystemBackend;
import archive.core.storage.ObjectStore;
import archive.core.storage.ContentDigest;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FixityAuditApiTest {

    @Inject
    ObjectStore store;

    @Test
    void reportsExactlyTheDocumentWhoseStoredByteWasFlipped() throws Exception {
        byte[] text = utf8(unique("Fixity target"));
        String id = asLibrarian().contentType("text/plain").body(text).post("/api/v1/documents").path("id");
        Path stored = storedTextOf(ContentDigest.of(text).sha512());
        byte[] original = Files.readAllBytes(stored);
        byte[] flipped = original.clone();
        flipped[3] ^= 0x20;
        Files.write(stored, flipped);
        try {
            asLibrarian().post("/api/v1/audits/fixity")
                    .then().statusCode(200)
                    .body("checked", greaterThanOrEqualTo(6))
                    .body("failed", hasSize(1))
                    .body("failed[0].documentId", equalTo(id))
                    .body("failed[0].problems[0]", containsString("SHA-256"));
            given().get("/api/v1/documents/{id}/events", id)
                    .then().body("findAll { it.type == 'fixity-check' }.outcome", hasItem("failure"));
        } finally {
            Files.write(stored, original);
        }
        asLibrarian().post("/api/v1/audits/fixity").then().statusCode(200).body("failed", hasSize(0));
    }

    @Test
    void needsALibrarian() {
        given().post("/api/v1/audits/fixity").then().statusCode(401);
    }

    /** OCFL stores content under its sha512 in the inventory; find the file by its bytes' digest. */
    private Path storedTextOf(String sha512) throws Exception {
        try (Stream<Path> files = Files.walk(((FileSystemBackend) store.backend()).root())) {
            return files.filter(p -> p.getFileName().toString().equals(ObjectStore.TEXT_PATH))
                    .filter(p -> sha512.equals(ContentDigest.of(read(p)).sha512()))
                    .findFirst().orElseThrow();
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
