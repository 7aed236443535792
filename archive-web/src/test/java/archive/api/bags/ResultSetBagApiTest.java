package archive.api.bags;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Accounts;
import archive.api.support.Bags;
import archive.api.support.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search's result set as one bag (POST /api/v1/bags), read and verified by bagit-java. */
@QuarkusTest
class ResultSetBagApiTest {

    /** %test.archive.bags.max-documents */
    private static final int MAX_DOCUMENTS = 20;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temporary;

    @Test
    void theBagHoldsExactlyTheMatchingDocumentsEachAsItsOwnBagDoes() throws Exception {
        String word = uniqueWord();
        String twoVersions = upload("first.txt", "A dispatch about " + word);
        asLibrarian().contentType("text/plain").header("If-Match", Documents.currentEtag(twoVersions))
                .queryParam("filename", "second.txt").body(unique("The dispatch about " + word + ", revised"))
                .put("/api/v1/documents/{id}/text", twoVersions).then().statusCode(201);
        String oneVersion = upload("other.txt", "Another dispatch about " + word);
        upload("unrelated.txt", "A dispatch about something else");

        Response response = asLibrarian().contentType(ContentType.JSON).body(Map.of("q", word)).post("/api/v1/bags");
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", startsWith("attachment; filename=\"result-set-"));
        Path base = Bags.unzip(response.asByteArray(), temporary);
        Bag bag = Bags.verified(base);
        Path data = base.resolve("data");

        assertEquals(Set.of(twoVersions, oneVersion), fileNames(data.resolve("documents")));
        JsonNode resultSet = json.readTree(data.resolve("query.json").toFile());
        assertEquals(word, resultSet.at("/query/q").asText());
        assertEquals("any", resultSet.at("/query/kind").asText());
        assertEquals(2, resultSet.get("total").asInt());
        assertEquals(Set.of(twoVersions, oneVersion), Set.of(resultSet.at("/documents/0/id").asText(),
                resultSet.at("/documents/1/id").asText()));
        assertEquals("documents/" + twoVersions + "/", resultSet.findValues("folder").stream()
                .map(JsonNode::asText).filter(folder -> folder.contains(twoVersions)).findFirst().orElseThrow());

        for (String id : List.of(twoVersions, oneVersion)) {
            Path own = Bags.unzip(given().get("/api/v1/documents/{id}/bag", id).asByteArray(),
                    Files.createDirectory(temporary.resolve("own-" + id))).resolve("data");
            assertEquals(files(own), files(data.resolve("documents").resolve(id)),
                    id + "'s folder holds what its own bag holds");
        }
        assertArrayEquals(given().get("/api/v1/documents/{id}/versions/2/text", twoVersions).asByteArray(),
                Files.readAllBytes(data.resolve("documents/" + twoVersions + "/versions/v2/second.txt")));

        assertEquals(List.of(base.getFileName().toString()), bag.getMetadata().get("External-Identifier"));
        assertEquals(Set.of("sha256", "sha512"), algorithms(bag.getPayLoadManifests()));
        assertEquals(Set.of("sha256", "sha512"), algorithms(bag.getTagManifests()));
        Bags.assertRefusedAfterFlippingAByteOf(base,
                data.resolve("documents/" + oneVersion + "/versions/v1/other.txt"));
    }

    @Test
    void filtersNarrowTheSetAsTheyNarrowASearch() throws Exception {
        String word = uniqueWord();
        upload("story.txt", "A dispatch about " + word);
        Response response = asLibrarian().contentType(ContentType.JSON)
                .body(Map.of("q", word, "from", "1900-01-01", "to", "1900-12-31")).post("/api/v1/bags");
        response.then().statusCode(200);
        Path data = Bags.verified(Bags.unzip(response.asByteArray(), temporary)).getRootDir().resolve("data");
        JsonNode resultSet = json.readTree(data.resolve("query.json").toFile());
        assertEquals(0, resultSet.get("total").asInt());
        assertEquals("1900-01-01", resultSet.at("/query/from").asText());
        assertTrue(Files.notExists(data.resolve("documents")), "no document matched");
    }

    /** {} is the whole archive; more matches than a bag may hold are refused before anything is written. */
    @Test
    void aResultSetLargerThanTheLimitIsRefusedWithHowManyItMatched() {
        String word = uniqueWord();
        for (int i = 0; i <= MAX_DOCUMENTS; i++) {
            upload("many-" + i + ".txt", "Dispatch " + i + " about " + word);
        }
        asLibrarian().contentType(ContentType.JSON).body(Map.of("q", word)).post("/api/v1/bags").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/result-set-too-large"))
                .body("detail", containsString("matches " + (MAX_DOCUMENTS + 1) + " documents"))
                .body("detail", containsString("ARCHIVE_BAGS_MAX_DOCUMENTS"));

        long everything = Long.parseLong(given().get("/api/v1/search").header("X-Total-Count"));
        asLibrarian().contentType(ContentType.JSON).body("{}").post("/api/v1/bags").then().statusCode(422)
                .body("detail", containsString("matches " + everything + " documents"));
    }

    /** Single bags are public reads; a collection's costs work in proportion to the archive. */
    @Test
    void onlyLibrariansBagAResultSet() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/bags").then().statusCode(401)
                .contentType("application/problem+json");
        String reader = Accounts.create("bag-reader", "reader");
        Accounts.as(reader).contentType(ContentType.JSON).body("{}").post("/api/v1/bags").then().statusCode(403);
    }

    @Test
    void aQueryThatCannotBeRunIsRefused() {
        asLibrarian().contentType(ContentType.JSON).body(Map.of("from", "2024-12-01", "to", "2024-01-01"))
                .post("/api/v1/bags").then().statusCode(400).body("type", equalTo("/problems/invalid-search"))
                .body("detail", containsString("swap the two dates"));
        asLibrarian().contentType(ContentType.JSON).body(Map.of("query", "a misspelt field"))
                .post("/api/v1/bags").then().statusCode(400).body("type", equalTo("/problems/malformed-json"));
        asLibrarian().contentType(ContentType.JSON).post("/api/v1/bags").then().statusCode(400)
                .body("type", equalTo("/problems/missing-body"));
    }

    private static String upload(String fileName, String subject) {
        return asLibrarian().contentType("text/plain").queryParam("filename", fileName).body(unique(subject))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
    }

    private static Set<String> fileNames(Path directory) throws Exception {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** Every file under a directory, by its relative path, with its bytes as text. */
    private static Map<String, String> files(Path directory) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(directory.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static Set<String> algorithms(Set<Manifest> manifests) {
        return manifests.stream().map(manifest -> manifest.getAlgorithm().getBagitName())
                .collect(Collectors.toSet());
    }
}
