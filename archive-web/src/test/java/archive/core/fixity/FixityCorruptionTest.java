package archive.core.fixity;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.storage.ContentDigest;
import archive.core.storage.FileSystemBackend;
import archive.core.storage.ObjectStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each kind of damage to the store is found, reported for its document, logged, and shown by the API. */
@QuarkusTest
class FixityCorruptionTest {

    @Inject
    ObjectStore store;

    /** One way of damaging a stored object, and the kind of corruption the audit must report for it. */
    private record Damage(String name, Corruption expected, Path file, byte[] original) {
    }

    @Test
    void detectsEveryKindOfDamageAndRecoversOnceRepaired() throws IOException {
        Map<String, Damage> damaged = new LinkedHashMap<>();
        damaged.put(upload("flipped"), flipAByte(textFile("flipped")));
        damaged.put(upload("truncated"), truncate(textFile("truncated")));
        damaged.put(upload("missing"), delete(textFile("missing")));
        damaged.put(upload("inventory"), editInventory(textFile("inventory")));
        try {
            JsonPath report = asLibrarian().post("/api/v1/audits/fixity").then().statusCode(200).extract().jsonPath();
            assertEquals(damaged.keySet().stream().sorted().toList(),
                    report.<String>getList("failed.documentId").stream().sorted().toList(),
                    "exactly the damaged documents fail");
            damaged.forEach((id, damage) -> {
                List<String> kinds = report.getList("failed.find { it.documentId == '" + id + "' }.kinds");
                assertTrue(kinds.contains(damage.expected().code()), damage.name() + " reported as " + kinds);
                System.out.printf("corruption %-16s in %s: detected as %s%n", damage.name(), id, kinds);
                given().get("/api/v1/documents/{id}", id).then().statusCode(200)
                        .body("fixity.outcome", equalTo("failure"));
                given().get("/api/v1/documents/{id}/events", id).then()
                        .body("findAll { it.type == 'fixity-check' }[-1].outcome", equalTo("failure"));
            });
        } finally {
            for (Damage damage : damaged.values()) {
                Files.write(damage.file(), damage.original());
            }
        }
        asLibrarian().post("/api/v1/audits/fixity").then().statusCode(200).body("failed.size()", equalTo(0));
        damaged.keySet().forEach(id -> given().get("/api/v1/documents/{id}", id)
                .then().body("fixity.outcome", equalTo("success")));
    }

    private static Damage flipAByte(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        byte[] flipped = original.clone();
        flipped[original.length / 2] ^= 0x01;
        Files.write(file, flipped);
        return new Damage("flipped byte", Corruption.CONTENT_CHANGED, file, original);
    }

    private static Damage truncate(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(original, original.length / 2));
        return new Damage("truncated file", Corruption.SIZE_CHANGED, file, original);
    }

    private static Damage delete(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        Files.delete(file);
        return new Damage("missing file", Corruption.FILE_MISSING, file, original);
    }

    /** A plausible forgery: valid JSON, one fact changed, the sidecar digest left as it was. */
    private static Damage editInventory(Path textFile) throws IOException {
        Path inventory = textFile.getParent().getParent().getParent().resolve("inventory.json");
        byte[] original = Files.readAllBytes(inventory);
        String edited = new String(original, StandardCharsets.UTF_8).replace("ingestion of text version 1",
                "ingestion of text version 2");
        assertTrue(!edited.equals(new String(original, StandardCharsets.UTF_8)), "the inventory names the event");
        Files.writeString(inventory, edited);
        return new Damage("edited inventory", Corruption.INVENTORY_INVALID, inventory, original);
    }

    private final Map<String, byte[]> texts = new LinkedHashMap<>();

    private String upload(String subject) {
        byte[] text = utf8(unique("Fixity victim: " + subject));
        texts.put(subject, text);
        return asLibrarian().contentType("text/plain").body(text).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
    }

    /** OCFL names stored files by their place in the object, not by content: find the one holding these bytes. */
    private Path textFile(String subject) {
        String sha512 = ContentDigest.of(texts.get(subject)).sha512();
        try (Stream<Path> files = Files.walk(((FileSystemBackend) store.backend()).root())) {
            return files.filter(p -> p.getFileName().toString().equals(ObjectStore.TEXT_PATH))
                    .filter(p -> sha512.equals(ContentDigest.of(read(p)).sha512()))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
