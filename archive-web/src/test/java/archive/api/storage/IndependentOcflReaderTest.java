package archive.api.storage;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.currentEtag;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.NodeProject;
import archive.core.storage.ContentDigest;
import archive.core.storage.FileSystemBackend;
import archive.core.storage.ObjectStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCFL store read by ocfl-js (@ocfl/ocfl-fs, src/test/node/read-ocfl.mjs), an implementation independent of the
 * ocfl-java the archive writes with: it finds every document as an object at the place the storage root's layout
 * says, every text version with the bytes and digests the API serves, and it notices a flipped byte.
 */
@QuarkusTest
class IndependentOcflReaderTest {

    @Inject
    ObjectStore store;

    @TempDir
    Path damagedCopy;

    @Test
    void readsEveryObjectAndVersionWithTheBytesAndDigestsTheApiServes() throws Exception {
        String revised = revisedDocument();

        Map<String, JsonNode> objects = new HashMap<>();
        for (JsonNode object : readStore(((FileSystemBackend) store.backend()).root()).path("objects")) {
            objects.put(object.path("id").asText(), object);
        }
        List<String> documents = allDocumentIds();
        assertEquals(new TreeSet<>(documents), new TreeSet<>(objects.keySet()),
                "ocfl-js finds an object for every document and no other");

        int textVersionsCompared = 0;
        for (String id : documents) {
            JsonNode object = objects.get(id);
            assertEquals("sha512", object.path("digestAlgorithm").asText(), id);
            assertEquals(object.path("layoutPath").asText(), object.path("foundAt").asText(),
                    id + " lies where the storage root's layout extension maps its id");
            Map<Integer, JsonNode> textFiles = textFileByTextVersion(object);
            List<Map<String, Object>> versions = given().get("/api/v1/documents/{id}", id)
                    .then().statusCode(200).extract().path("versions");
            assertEquals(versions.size(), textFiles.size(), id + ": text versions");
            for (Map<String, Object> version : versions) {
                int number = (Integer) version.get("number");
                JsonNode file = textFiles.get(number);
                byte[] served = given().get("/api/v1/documents/{id}/versions/{n}/text", id, number)
                        .then().statusCode(200).extract().asByteArray();
                ContentDigest digest = ContentDigest.of(served);
                String where = id + " version " + number;
                assertEquals(digest.sha256(), file.path("sha256").asText(), where + ": bytes ocfl-js read");
                assertEquals(version.get("sha256"), file.path("sha256").asText(), where + ": sha256");
                assertEquals(version.get("sha512"), file.path("inventoryDigest").asText(), where + ": sha512");
                assertEquals(((Number) version.get("size")).longValue(), file.path("size").asLong(), where);
                assertTrue(file.path("digestMatches").asBoolean(), where + ": inventory digest of the bytes");
                textVersionsCompared++;
            }
        }
        JsonNode revisedObject = objects.get(revised);
        assertEquals(3, revisedObject.path("versions").size(),
                "two texts and a metadata correction are three OCFL versions");
        assertEquals("v3", revisedObject.path("head").asText());
        assertEquals("A title set by a librarian", revisedObject.path("versions").get(2)
                .path("metadata").path("corrections").get(0).path("to").asText(),
                "the correction is in the newest version's metadata.json");
        System.out.printf("ocfl-js read %d objects; %d text versions equal the API's bytes and digests%n",
                objects.size(), textVersionsCompared);
    }

    @Test
    void noticesAByteFlippedInTheStore() throws Exception {
        byte[] text = utf8(unique("A text whose stored copy is damaged"));
        String id = asLibrarian().contentType("text/plain").body(text).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        copy(((FileSystemBackend) store.backend()).root(), damagedCopy);
        Path stored = storedText(damagedCopy, ContentDigest.of(text).sha512());
        byte[] bytes = Files.readAllBytes(stored);
        bytes[0] ^= 0x20;
        Files.write(stored, bytes);

        List<String> damaged = new ArrayList<>();
        for (JsonNode object : readStore(damagedCopy).path("objects")) {
            for (JsonNode version : object.path("versions")) {
                for (JsonNode file : version.path("files")) {
                    if (!file.path("digestMatches").asBoolean()) {
                        damaged.add(object.path("id").asText() + " " + version.path("version").asText() + " "
                                + file.path("logicalPath").asText());
                    }
                }
            }
        }
        assertEquals(List.of(id + " v1 " + ObjectStore.TEXT_PATH), damaged);
    }

    private static JsonNode readStore(Path root) throws IOException, InterruptedException {
        return new ObjectMapper().readTree(NodeProject.run("read-ocfl.mjs", List.of(root.toString())));
    }

    /** A document with two texts and a corrected title: OCFL versions that change only metadata.json too. */
    private static String revisedDocument() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("First text"))).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(id)).body(utf8(unique("Second text")))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);
        asLibrarian().contentType("application/merge-patch+json").body("{\"title\": \"A title set by a librarian\"}")
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);
        return id;
    }

    /** content.txt of the newest OCFL version of each text version (metadata-only versions repeat the text). */
    private static Map<Integer, JsonNode> textFileByTextVersion(JsonNode object) {
        Map<Integer, JsonNode> files = new HashMap<>();
        for (JsonNode version : object.path("versions")) {
            int textVersion = version.path("metadata").path("textVersion").asInt();
            for (JsonNode file : version.path("files")) {
                if (file.path("logicalPath").asText().equals(ObjectStore.TEXT_PATH)) {
                    files.put(textVersion, file);
                }
            }
        }
        return files;
    }

    private static List<String> allDocumentIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath listing = given().queryParam("page", page).queryParam("size", 100).get("/api/v1/documents")
                    .then().statusCode(200).extract().jsonPath();
            List<String> onPage = listing.getList("items.id");
            ids.addAll(onPage);
            if (onPage.size() < 100) {
                return ids;
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static Path storedText(Path root, String sha512) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(ObjectStore.TEXT_PATH))
                    .filter(p -> {
                        try {
                            return ContentDigest.of(Files.readAllBytes(p)).sha512().equals(sha512);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .findFirst().orElseThrow();
        }
    }
}
