package archive.api.imports;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.uniqueWord;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Bags;
import archive.api.support.Documents;
import archive.api.support.Seeds;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectStore;
import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bags imported through POST /api/v1/imports, zipped or in a server-side folder: those this archive exports and
 * plain ones made by bagit-java come in through the one ingest path; a bag that is not complete, not valid or not
 * safe is refused whole, and then the catalog and the store are as they were.
 */
@QuarkusTest
class BagImportApiTest {

    /** %test.archive.imports.max-bag-bytes */
    private static final int MAX_BAG_BYTES = 1048576;
    private static final Path IMPORTS_ROOT = Path.of("target");

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectStore store;

    @TempDir
    Path temporary;

    @Test
    void aResultSetBagThisArchiveMadeReimportsAsDuplicatesOfTheSameDocuments() {
        String word = uniqueWord();
        String revised = upload("first.txt", "Exported dispatch about " + word);
        asLibrarian().contentType("text/plain").header("If-Match", Documents.currentEtag(revised))
                .queryParam("filename", "second.txt").body(unique("Revised dispatch about " + word))
                .put("/api/v1/documents/{id}/text", revised).then().statusCode(201);
        String single = upload("single.txt", "Another exported dispatch about " + word);
        byte[] bag = asLibrarian().contentType(ContentType.JSON).body(Map.of("q", word)).post("/api/v1/bags").then()
                .statusCode(200).extract().asByteArray();
        CatalogState before = catalogState();

        JsonPath report = importZip(bag).then().statusCode(200)
                .body("folder", equalTo(null))
                .body("bag.manifests", equalTo(List.of("sha256", "sha512")))
                .body("imported", equalTo(0)).body("duplicates", equalTo(3)).body("rejected", equalTo(0))
                .extract().jsonPath();
        assertEquals(Map.of(
                "data/documents/" + revised + "/versions/v1/first.txt", revised,
                "data/documents/" + revised + "/versions/v2/second.txt", revised,
                "data/documents/" + single + "/versions/v1/single.txt", single), documentIds(report));
        assertEquals(before, catalogState());

        byte[] documentBag = given().get("/api/v1/documents/{id}/bag", revised).asByteArray();
        importZip(documentBag).then().statusCode(200).body("duplicates", equalTo(2))
                .body("files.documentId", equalTo(List.of(revised, revised)));
        assertEquals(before, catalogState());
    }

    /** The layout of the archive's own bags, written here by bagit-java with texts the archive has never seen. */
    @Test
    void aDocumentsVersionsComeInOrderUnderTheIdTheBagGivesIt() throws Exception {
        String id = freeId();
        byte[] first = utf8(unique("Imported version one"));
        byte[] second = utf8(unique("Imported version two"));
        String folder = "documents/" + id + "/versions/";
        byte[] bag = Bags.zip(bag("collection", Map.of(folder + "v1/story.txt", first,
                folder + "v2/story-revised.txt", second, "documents/" + id + "/metadata.json", utf8("{}"))));

        importZip(bag).then().statusCode(200).body("imported", equalTo(2))
                .body("files.file", equalTo(List.of("data/" + folder + "v1/story.txt",
                        "data/" + folder + "v2/story-revised.txt")))
                .body("files.documentId", equalTo(List.of(id, id)));

        given().get("/api/v1/documents/{id}", id).then().statusCode(200)
                .body("versions.sha256", equalTo(List.of(ContentDigest.sha256Hex(first),
                        ContentDigest.sha256Hex(second))))
                .body("versions.originalFileName", equalTo(List.of("story.txt", "story-revised.txt")));
        assertArrayEquals(first, given().get("/api/v1/documents/{id}/versions/1/text", id).asByteArray());
        assertArrayEquals(second, given().get("/api/v1/documents/{id}/versions/2/text", id).asByteArray());
        importZip(bag).then().statusCode(200).body("imported", equalTo(0)).body("duplicates", equalTo(2));

        byte[] third = utf8(unique("Imported version three"));
        byte[] later = Bags.zip(bag("later", Map.of(folder + "v1/story.txt", first,
                folder + "v2/story-revised.txt", second, folder + "v3/story-final.txt", third)));
        importZip(later).then().statusCode(200).body("duplicates", equalTo(2)).body("imported", equalTo(1));
        given().get("/api/v1/documents/{id}/versions/3/text", id).then().statusCode(200)
                .body(equalTo(new String(third, StandardCharsets.UTF_8)));

        byte[] otherSecond = utf8(unique("Another history's version two"));
        JsonPath diverging = importZip(Bags.zip(bag("diverging", Map.of(folder + "v1/story.txt", first,
                folder + "v2/other.txt", otherSecond, folder + "v3/other-final.txt", utf8(unique("And three"))))))
                .then().statusCode(200).body("duplicates", equalTo(1)).body("rejected", equalTo(2))
                .extract().jsonPath();
        assertTrue(diverging.getString("files[1].reason").contains("version 2 of " + id + " holds other bytes"));
        given().get("/api/v1/documents/{id}", id).then().body("currentVersion", equalTo(3));
    }

    @Test
    void aDocumentBagWhoseIdIsTakenGetsTheIdOfItsFirstVersion() throws Exception {
        byte[] text = utf8(unique("Bagged under a taken id"));
        Metadata info = new Metadata();
        info.add("External-Identifier", Seeds.DEFENSE_STORY_JULY);
        Path base = bag("taken", Map.of("versions/v1/taken.txt", text), info);

        String ownId = ContentDigest.sha256Hex(text).substring(0, 16);
        importZip(Bags.zip(base)).then().statusCode(200).body("imported", equalTo(1))
                .body("files[0].documentId", equalTo(ownId));
        given().get("/api/v1/documents/{id}/text", Seeds.DEFENSE_STORY_JULY).then()
                .body(not(containsString("Bagged under a taken id")));
        assertArrayEquals(text, given().get("/api/v1/documents/{id}/text", ownId).asByteArray());
    }

    @Test
    void aPlainBagBringsTheTextsOfItsPayload() throws Exception {
        byte[] story = utf8(unique("A plain bag's story"));
        byte[] nested = utf8(unique("A plain bag's nested story"));
        Path base = bag("plain", Map.of("story.txt", story, "nested/OTHER.TXT", nested,
                "notes.md", utf8(unique("Not a text to archive")), "picture.bin", new byte[] {0, 1, 2}));

        JsonPath report = importZip(Bags.zip(base)).then().statusCode(200)
                .body("imported", equalTo(2)).body("bag.name", equalTo("plain")).body("bag.payloadFiles", equalTo(4))
                .extract().jsonPath();
        assertEquals(Map.of("data/nested/OTHER.TXT", id(nested), "data/story.txt", id(story)), documentIds(report));
        assertArrayEquals(story, given().get("/api/v1/documents/{id}/text", id(story)).asByteArray());
        given().get("/api/v1/documents/{id}", id(story)).then().body("originalFileName", equalTo("story.txt"));
        assertEquals(List.of(), workAreas(), "the received bag's work area is deleted");
    }

    @Test
    void aServerSideFolderThatIsABagIsVerifiedAndImportedAsOne() throws Exception {
        Path folder = Files.createDirectories(IMPORTS_ROOT.resolve("import-tests").resolve(UUID.randomUUID()
                .toString()));
        byte[] text = utf8(unique("A bag on the server"));
        BagCreator.bagInPlace(Files.write(Files.createDirectory(folder.resolve("data-to-bag")).resolve("served.txt"),
                text).getParent(), List.of(StandardSupportedAlgorithms.SHA512), false);
        Path bag = folder.resolve("data-to-bag");

        importFolder(bag).then().statusCode(200).body("imported", equalTo(1))
                .body("bag.manifests", equalTo(List.of("sha512")))
                .body("files[0].file", equalTo("data/served.txt"));

        byte[] tampered = utf8(unique("A tampered bag on the server"));
        Path other = Files.createDirectory(folder.resolve("tampered"));
        Files.write(other.resolve("tampered.txt"), tampered);
        BagCreator.bagInPlace(other, List.of(StandardSupportedAlgorithms.SHA256), false);
        Bags.flipFirstByte(other.resolve("data/tampered.txt"));
        refused(() -> importFolder(other), 422, "bag-checksum-mismatch", "data/tampered.txt")
                .body("detail", not(containsString(folder.toAbsolutePath().toString())));
        assertNotArchived(tampered);
    }

    @Test
    void aBagWithAWrongChecksumIsRefusedWhole() throws Exception {
        byte[] good = utf8(unique("Good text of a damaged bag"));
        byte[] damaged = utf8(unique("Damaged text of a damaged bag"));
        Path base = bag("damaged", Map.of("a-good.txt", good, "b-damaged.txt", damaged));
        Bags.flipFirstByte(base.resolve("data/b-damaged.txt"));
        refused(() -> importZip(Bags.zip(base)), 422, "bag-checksum-mismatch", "data/b-damaged.txt");
        assertNotArchived(good);
    }

    @Test
    void aBagMissingAPayloadFileOrWithOneItsManifestsLackIsRefused() throws Exception {
        byte[] kept = utf8(unique("Kept text of an incomplete bag"));
        Path missing = bag("missing", Map.of("kept.txt", kept, "lost.txt", utf8(unique("Lost text"))));
        Files.delete(missing.resolve("data/lost.txt"));
        refused(() -> importZip(Bags.zip(missing)), 422, "bag-incomplete", "lost.txt");

        Path extra = bag("extra", Map.of("kept.txt", kept));
        Files.write(extra.resolve("data/slipped-in.txt"), utf8(unique("Not in any manifest")));
        refused(() -> importZip(Bags.zip(extra)), 422, "bag-incomplete", "slipped-in.txt");
        assertNotArchived(kept);
    }

    @Test
    void pathsOutsideTheBagAreRefusedAndNothingIsWrittenThere() throws Exception {
        byte[] text = utf8(unique("Text of an unsafe bag"));
        Map<String, byte[]> valid = Bags.entries(bag("unsafe", Map.of("text.txt", text)));
        Path outside = Path.of(System.getProperty("java.io.tmpdir"), "archive-zip-slip-" + UUID.randomUUID());
        for (String name : List.of("unsafe/../../" + outside.getFileName(), outside.toString(),
                "unsafe\\..\\..\\evil.txt", "C:/evil.txt", "unsafe/./data/x.txt")) {
            Map<String, byte[]> entries = new LinkedHashMap<>(valid);
            entries.put(name, utf8("escaped"));
            refused(() -> importZip(Bags.zip(entries)), 400, "unsafe-bag-path", "outside the bag");
            assertTrue(Files.notExists(outside), name + " was not written");
        }

        Path lying = bag("lying", Map.of("text.txt", text));
        Files.writeString(lying.resolve("manifest-sha256.txt"), "0".repeat(64) + "  ../../outside.txt\n",
                StandardOpenOption.APPEND);
        refused(() -> importZip(Bags.zip(lying)), 400, "unsafe-bag-path", "outside the bag");

        Map<String, byte[]> twice = new LinkedHashMap<>(valid);
        twice.put("unsafe/data/text.txt/", new byte[0]);
        refused(() -> importZip(Bags.zip(twice)), 400, "unsafe-bag-path", "twice");
        assertNotArchived(text);
    }

    @Test
    void whatIsNotABagIsRefused() throws IOException {
        byte[] text = utf8(unique("A text in a zip that is not a bag"));
        refused(() -> importZip(Bags.zip(Map.of("folder/story.txt", text))), 400, "not-a-bag", "bagit.txt");
        refused(() -> importZip(text), 400, "not-a-bag", "not a zip");
        refused(() -> importZip(Bags.zip(Map.of("bag/bagit.txt", utf8("not the two lines of RFC 8493\n"),
                "bag/data/story.txt", text))), 400, "not-a-bag", "RFC 8493");
        assertNotArchived(text);
    }

    @Test
    void aBagLargerThanTheLimitZippedOrUnpackedIsRefused() throws Exception {
        byte[] random = new byte[MAX_BAG_BYTES + 1];
        new Random(5).nextBytes(random);
        refused(() -> importZip(random), 413, "bag-too-large", "larger than " + MAX_BAG_BYTES + " bytes");

        byte[] text = utf8(unique("Beside a bomb"));
        byte[] bomb = utf8("a".repeat(2 * MAX_BAG_BYTES));
        byte[] zip = Bags.zip(bag("bomb", Map.of("text.txt", text, "bomb.txt", bomb)));
        assertTrue(zip.length < MAX_BAG_BYTES, "the zip itself is small: " + zip.length);
        refused(() -> importZip(zip), 413, "bag-too-large", "unpacks to more than");
        assertNotArchived(text);
    }

    @Test
    void versionsWithAGapAreRefused() throws Exception {
        byte[] first = utf8(unique("A history with a gap, one"));
        String folder = "documents/" + freeId() + "/versions/";
        byte[] gap = Bags.zip(bag("gap", Map.of(folder + "v1/a.txt", first, folder + "v3/c.txt",
                utf8(unique("three")))));
        refused(() -> importZip(gap), 422, "bag-layout", "no version 2");
        assertNotArchived(first);
    }

    @Test
    void onlyLibrariansImportBags() throws Exception {
        given().contentType("application/zip").body(Bags.zip(bag("anonymous", Map.of("a.txt", utf8("a")))))
                .post("/api/v1/imports").then().statusCode(401).contentType("application/problem+json");
    }

    private static Response importZip(byte[] zip) {
        return asLibrarian().contentType("application/zip").body(zip).post("/api/v1/imports");
    }

    private static Response importFolder(Path folder) {
        String relative = IMPORTS_ROOT.toAbsolutePath().relativize(folder.toAbsolutePath()).toString();
        return asLibrarian().contentType(ContentType.JSON).body(Map.of("folder", relative)).post("/api/v1/imports");
    }

    private static String upload(String fileName, String subject) {
        return asLibrarian().contentType("text/plain").queryParam("filename", fileName).body(unique(subject))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
    }

    /** A bag made by bagit-java, not by the archive, of these payload files. */
    private Path bag(String name, Map<String, byte[]> payload) throws Exception {
        return bag(name, payload, new Metadata());
    }

    private Path bag(String name, Map<String, byte[]> payload, Metadata info) throws Exception {
        Path base = Files.createDirectory(temporary.resolve(name));
        for (Map.Entry<String, byte[]> file : payload.entrySet()) {
            Path target = base.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        BagCreator.bagInPlace(base, List.of(StandardSupportedAlgorithms.SHA256, StandardSupportedAlgorithms.SHA512),
                false, info);
        return base;
    }

    /** The refusal, and the catalog as it was before it. */
    private ValidatableResponse refused(Supplier<Response> request, int status, String type,
            String detail) throws IOException {
        CatalogState before = catalogState();
        ValidatableResponse response = request.get().then().statusCode(status)
                .contentType("application/problem+json").body("type", equalTo("/problems/" + type))
                .body("detail", containsString(detail));
        assertEquals(before, catalogState(), "nothing was stored");
        assertEquals(List.of(), workAreas(), "the received bag's work area is deleted");
        return response;
    }

    private static List<Path> workAreas() throws IOException {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temporary.filter(path -> path.getFileName().toString().startsWith("archive-import-bag-")).toList();
        }
    }

    private void assertNotArchived(byte[] text) {
        given().get("/api/v1/content/sha256/{hex}", ContentDigest.sha256Hex(text)).then().statusCode(404);
        assertTrue(store.head(id(text)).isEmpty(), "no OCFL object for the text");
    }

    private static String id(byte[] text) {
        return ContentDigest.sha256Hex(text).substring(0, 16);
    }

    private static String freeId() {
        byte[] random = new byte[8];
        new Random().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static Map<String, String> documentIds(JsonPath report) {
        return report.<Map<String, String>>getList("files").stream()
                .collect(Collectors.toMap(file -> file.get("file"), file -> file.get("documentId")));
    }

    private record CatalogState(long documents, long versions, long events) {
    }

    private CatalogState catalogState() {
        Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select (select count(*) from document), (select count(*) from document_version), "
                        + "(select count(*) from archive_event)").getSingleResult());
        return new CatalogState(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue());
    }
}
