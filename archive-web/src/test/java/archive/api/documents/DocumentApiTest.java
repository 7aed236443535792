package archive.api.documents;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.storage.ContentDigest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentApiTest {

    private static final String SEED_000 = "095111aef963144d";

    @Test
    void listsTheFiveSeedsUnderTheIdsInTheirNames() {
        given().get("/api/v1/documents?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(SEED_000))
                .body("items.id", org.hamcrest.Matchers.hasItems("095111aef963144d", "14e58095c9a75005",
                        "58eaaafefa4de3bf", "1aacb8dbb6810538", "ae93cf49b4b6e044"));
    }

    @Test
    void servesSeedTextByteExactWithDigestHeaders() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("../seeds/000_095111aef963144d.txt"));
        String sha256 = ContentDigest.sha256Hex(seed);

        Response response = given().get("/api/v1/documents/{id}/text", SEED_000);

        response.then().statusCode(200)
                .contentType("text/plain; charset=utf-8")
                .header("ETag", "\"" + sha256 + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(sha256)) + ":")
                .header("Accept-Ranges", "bytes")
                .header("Last-Modified", notNullValue());
        assertArrayEquals(seed, response.asByteArray());
    }

    @Test
    void describesADocumentWithEveryVersion() {
        given().get("/api/v1/documents/{id}", SEED_000)
                .then().statusCode(200)
                .body("id", equalTo(SEED_000))
                .body("originalFileName", equalTo("000_095111aef963144d.txt"))
                .body("versions", hasSize(1))
                .body("versions[0].number", equalTo(1))
                .body("versions[0].sha256", equalTo(
                        "ae3ccef04436acd60adcf9e2bdeda3e44e398705350881774eb4a0ebb20700a7"))
                .body("versions[0].size", equalTo(2759))
                .body("versions[0].createdAt", notNullValue());
    }

    @Test
    void answersConditionalGetWith304() {
        String etag = given().get("/api/v1/documents/{id}/text", SEED_000).header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"0000\", " + etag).get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(200);
    }

    @Test
    void servesByteRanges() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("../seeds/000_095111aef963144d.txt"));
        Response partial = given().header("Range", "bytes=8-27").get("/api/v1/documents/{id}/text", SEED_000);
        partial.then().statusCode(206).header("Content-Range", "bytes 8-27/" + seed.length);
        assertArrayEquals(Arrays.copyOfRange(seed, 8, 28), partial.asByteArray());

        given().header("Range", "bytes=999999-").get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(416)
                .contentType("application/problem+json")
                .header("Content-Range", "bytes */" + seed.length);
        given().header("Range", "bytes=z-").get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(416).body("detail", containsString("malformed"));
    }

    @Test
    void retrievesContentBySha256() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("../seeds/002_58eaaafefa4de3bf.txt"));
        Response response = given().get("/api/v1/content/sha256/{hex}", ContentDigest.sha256Hex(seed));
        response.then().statusCode(200);
        assertArrayEquals(seed, response.asByteArray());
        given().get("/api/v1/content/sha256/{hex}", "0".repeat(64)).then().statusCode(404);
        given().get("/api/v1/content/sha256/{hex}", "not-a-digest").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void uploadsATextBodyAndAnswersDuplicatesWithTheExistingDocument() {
        byte[] text = utf8(unique("Upload as text/plain"));
        String id = ContentDigest.sha256Hex(text).substring(0, 16);

        asLibrarian().contentType("text/plain; charset=utf-8").body(text)
                .post("/api/v1/documents?filename=../../etc/passwd")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("Location", containsString("/api/v1/documents/" + id))
                .body("id", equalTo(id))
                .body("originalFileName", equalTo("passwd"));

        asLibrarian().contentType("text/plain").body(text).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo(id)).body("versions", hasSize(1));
        given().get("/api/v1/documents/{id}/events", id)
                .then().statusCode(200).body("type", containsInAnyOrder("ingestion"));
    }

    @Test
    void uploadsAMultipartFile() {
        byte[] text = utf8(unique("Upload as multipart"));
        asLibrarian().multiPart("file", "story.txt", text, "text/plain")
                .post("/api/v1/documents")
                .then().statusCode(201)
                .body("originalFileName", equalTo("story.txt"))
                .body("sha256", equalTo(ContentDigest.sha256Hex(text)));
    }

    @Test
    void addsVersionsAndRefusesLostUpdates() {
        byte[] first = utf8(unique("Versioned"));
        String id = asLibrarian().contentType("text/plain").body(first).post("/api/v1/documents").path("id");
        String etag = given().get("/api/v1/documents/{id}/text", id).header("ETag");
        byte[] second = utf8(unique("Versioned, corrected"));

        asLibrarian().contentType("text/plain").header("If-Match", etag).body(second)
                .put("/api/v1/documents/{id}/text", id)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/documents/" + id + "/versions/2"))
                .body("currentVersion", equalTo(2))
                .body("versions", hasSize(2));

        asLibrarian().contentType("text/plain").header("If-Match", etag).body(utf8(unique("lost update")))
                .put("/api/v1/documents/{id}/text", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString(ContentDigest.sha256Hex(second)));
        asLibrarian().contentType("text/plain").header("If-Match", "no-quotes").body(utf8(unique("x")))
                .put("/api/v1/documents/{id}/text", id)
                .then().statusCode(400).contentType("application/problem+json");

        assertArrayEquals(first, given().get("/api/v1/documents/{id}/versions/1/text", id).asByteArray());
        assertArrayEquals(second, given().get("/api/v1/documents/{id}/versions/2/text", id).asByteArray());
        assertArrayEquals(second, given().get("/api/v1/documents/{id}/text", id).asByteArray());
        given().get("/api/v1/documents/{id}/versions/3/text", id).then().statusCode(404)
                .body("detail", containsString("1 to 2"));
        given().get("/api/v1/documents/{id}/events", id).then().body("type", hasItem("new-version"));
    }

    @Test
    void refusesANewVersionThatDoesNotSayWhichVersionItReplaces() {
        byte[] first = utf8(unique("Unconditional"));
        String id = asLibrarian().contentType("text/plain").body(first).post("/api/v1/documents").path("id");

        asLibrarian().contentType("text/plain").body(utf8(unique("blind overwrite")))
                .put("/api/v1/documents/{id}/text", id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("/problems/if-match-required"))
                .body("title", equalTo("Precondition Required"))
                .body("detail", containsString("GET /api/v1/documents/" + id + "/text and send its ETag in If-Match"))
                .body("detail", containsString("If-Match: *"));
        given().get("/api/v1/documents/{id}", id).then().body("currentVersion", equalTo(1));
        asLibrarian().contentType("text/plain").body(utf8(unique("nothing to replace")))
                .put("/api/v1/documents/{id}/text", "0000000000000000")
                .then().statusCode(404).body("type", equalTo("/problems/document-not-found"));

        byte[] second = utf8(unique("Unconditional, overwritten on purpose"));
        asLibrarian().contentType("text/plain").header("If-Match", "*").body(second)
                .put("/api/v1/documents/{id}/text", id)
                .then().statusCode(201).body("currentVersion", equalTo(2));
        assertArrayEquals(second, given().get("/api/v1/documents/{id}/text", id).asByteArray());
    }

    @Test
    void servesANewVersionAtOnceAlthoughTheOldOneWasInMemory() {
        byte[] first = utf8(unique("Cached"));
        String id = asLibrarian().contentType("text/plain").body(first).post("/api/v1/documents").path("id");
        String firstEtag = given().get("/api/v1/documents/{id}/text", id).header("ETag");
        assertArrayEquals(first, given().get("/api/v1/documents/{id}/text", id).asByteArray()); // from memory
        byte[] second = utf8(unique("Cached, then corrected"));

        asLibrarian().contentType("text/plain").header("If-Match", firstEtag).body(second)
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        Response current = given().get("/api/v1/documents/{id}/text", id);
        assertArrayEquals(second, current.asByteArray());
        String secondEtag = "\"" + ContentDigest.sha256Hex(second) + "\"";
        assertEquals(secondEtag, current.header("ETag"));
        given().header("If-None-Match", firstEtag).get("/api/v1/documents/{id}/text", id)
                .then().statusCode(200).header("ETag", secondEtag);
        given().header("If-None-Match", secondEtag).get("/api/v1/documents/{id}/text", id)
                .then().statusCode(304);
    }

    @Test
    void sendsLastModifiedAsAnImfFixdateAndHonoursIfModifiedSince() {
        String lastModified = given().get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(200).extract().header("Last-Modified");

        assertTrue(lastModified.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                lastModified);
        given().header("If-Modified-Since", lastModified).get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(304).header("Last-Modified", lastModified);
        given().header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")
                .get("/api/v1/documents/{id}/text", SEED_000)
                .then().statusCode(200);
    }

    @Test
    void refusesBadUploadsWithProblemDetailsAndStoresNothing() {
        long before = given().get("/api/v1/documents").then().extract().jsonPath().getLong("total");

        asLibrarian().contentType("text/plain").body(new byte[0]).post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/empty-content")).body("status", equalTo(400));
        asLibrarian().contentType("text/plain").body(new byte[] {'a', (byte) 0xff, 'b'}).post("/api/v1/documents")
                .then().statusCode(415).body("detail", containsString("offset 1"));
        asLibrarian().contentType("text/plain").body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})
                .post("/api/v1/documents").then().statusCode(415);
        asLibrarian().contentType("text/plain").body(new byte[] {'G', 'I', 'F', 0, 1}).post("/api/v1/documents")
                .then().statusCode(415).body("type", equalTo("/problems/binary-content"));
        asLibrarian().contentType("text/plain").body(new byte[10 * 1024 * 1024 + 1]).post("/api/v1/documents")
                .then().statusCode(413).body("detail", containsString("10485760"));
        asLibrarian().contentType("application/pdf").body(new byte[] {1}).post("/api/v1/documents")
                .then().statusCode(415).contentType("application/problem+json");

        assertEquals(before, given().get("/api/v1/documents").then().extract().jsonPath().getLong("total"));
    }

    @Test
    void answersUnknownThingsWith404ProblemDetails() {
        given().get("/api/v1/documents/{id}", "ffffffffffffffff")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("ffffffffffffffff"))
                .body("instance", equalTo("/api/v1/documents/ffffffffffffffff"));
        given().get("/api/v1/documents/{id}/versions/x/text", SEED_000).then().statusCode(404);
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    /** An id or a digest that cannot be one is refused before anything is looked up, saying what the form is. */
    @Test
    void refusesMalformedIdsAndDigestsWithTheirForm() {
        for (String path : new String[] {"/api/v1/documents/{id}", "/api/v1/documents/{id}/text",
                "/api/v1/documents/{id}/metadata", "/api/v1/documents/{id}/provenance",
                "/api/v1/documents/{id}/citation"}) {
            given().get(path, SEED_000.toUpperCase()).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-document-id"))
                    .body("detail", containsString("'" + SEED_000.toUpperCase() + "' is not a document id"))
                    .body("detail", containsString("16 lowercase hex characters"));
        }
        asLibrarian().contentType("application/json").body("{\"status\": \"confirmed\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", SEED_000, "not-a-source")
                .then().statusCode(404).body("type", equalTo("/problems/invalid-document-id"))
                .body("detail", containsString("'not-a-source'"));
        given().get("/api/v1/content/sha256/{hex}", "abc123").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-sha256"))
                .body("detail", containsString("'abc123' is not a SHA-256"));
    }

    @Test
    void requiresALibrarianToWrite() {
        given().contentType("text/plain").body(utf8(unique("anonymous"))).post("/api/v1/documents")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json");
        given().auth().preemptive().basic("admin", "wrong").contentType("text/plain")
                .body(utf8(unique("wrong password"))).post("/api/v1/documents")
                .then().statusCode(401);
    }

    @Test
    void paginatesInArchiveOrderWithLinks() {
        given().get("/api/v1/documents?page=1&size=2")
                .then().statusCode(200)
                .body("items.id", contains("095111aef963144d", "14e58095c9a75005"))
                .header("Link", containsString("rel=\"next\""));
        given().get("/api/v1/documents?page=2&size=2")
                .then().statusCode(200)
                .body("items.id", contains("58eaaafefa4de3bf", "1aacb8dbb6810538"))
                .header("Link", containsString("rel=\"prev\""));
        given().get("/api/v1/documents?page=-1").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/documents?page=abc").then().statusCode(400);
        given().get("/api/v1/documents?page=2147483647").then().statusCode(200).body("items", hasSize(0));
    }
}
