package archive.api.storage;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Bucket;
import archive.api.support.NodeProject;
import archive.api.support.S3Archive;
import archive.api.support.S3Server;
import archive.core.storage.ContentDigest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The archive with its OCFL store in a bucket (ARCHIVE_STORAGE=s3): what the API acknowledges is in the bucket, seen
 * by another S3 client, and reading answers exactly as it does from a directory.
 */
@QuarkusTest
@TestProfile(S3Archive.class)
class S3StoreApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Bucket bucket = new Bucket();

    @AfterEach
    void closeBucket() {
        bucket.close();
    }

    @Test
    void acknowledgesEachVersionOnlyOnceTheBucketsRootInventoryNamesIt() throws Exception {
        byte[] first = utf8(unique("Stored in a bucket"));
        String id = asLibrarian().contentType("text/plain").body(first).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        assertHead(id, "v1", first);

        byte[] second = utf8(unique("Stored in a bucket, corrected"));
        asLibrarian().contentType("text/plain").header("If-Match", etag(first)).body(second)
                .put("/api/v1/documents/{id}/text", id)
                .then().statusCode(201).body("currentVersion", equalTo(2));
        assertHead(id, "v2", second);
        assertArrayEquals(first, bucket.get(Bucket.objectRoot(id) + "/v1/content/content.txt"),
                "the first version's bytes stay where they were");
    }

    @Test
    void servesTextsWithTheSameHeadersRangesAndConditionalAnswers() {
        byte[] first = utf8(unique("Read back from the bucket"));
        String id = asLibrarian().contentType("text/plain").body(first).post("/api/v1/documents").path("id");
        byte[] second = utf8(unique("Read back from the bucket, second version"));
        asLibrarian().contentType("text/plain").header("If-Match", etag(first)).body(second)
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        Response current = given().get("/api/v1/documents/{id}/text", id);
        current.then().statusCode(200)
                .contentType("text/plain; charset=utf-8")
                .header("ETag", etag(second))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(ContentDigest.sha256Hex(second))) + ":")
                .header("Accept-Ranges", "bytes");
        assertArrayEquals(second, current.asByteArray());
        assertArrayEquals(first, given().get("/api/v1/documents/{id}/versions/1/text", id)
                .then().statusCode(200).header("ETag", etag(first)).extract().asByteArray());

        Response partial = given().header("Range", "bytes=5-14").get("/api/v1/documents/{id}/text", id);
        partial.then().statusCode(206).header("Content-Range", "bytes 5-14/" + second.length);
        assertArrayEquals(Arrays.copyOfRange(second, 5, 15), partial.asByteArray());
        given().header("Range", "bytes=" + second.length + "-").get("/api/v1/documents/{id}/text", id)
                .then().statusCode(416);
        given().header("If-None-Match", etag(second)).get("/api/v1/documents/{id}/text", id)
                .then().statusCode(304).header("ETag", etag(second));
    }

    @Test
    void servesBytesBySha256FromMemoryOnceRead() {
        byte[] text = utf8(unique("Cached by digest"));
        String id = asLibrarian().contentType("text/plain").body(text).post("/api/v1/documents").path("id");
        String sha256 = ContentDigest.sha256Hex(text);
        assertArrayEquals(text, given().get("/api/v1/content/sha256/{hex}", sha256)
                .then().statusCode(200).header("ETag", etag(text)).extract().asByteArray());

        String key = Bucket.objectRoot(id) + "/v1/content/content.txt";
        bucket.delete(key);
        try {
            assertArrayEquals(text, given().get("/api/v1/content/sha256/{hex}", sha256)
                    .then().statusCode(200).extract().asByteArray(), "archived bytes never change: no S3 read");
        } finally {
            bucket.put(key, text);
        }
    }

    @Test
    void healthNamesTheBucketItIsReadyOn() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'ocfl-store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'ocfl-store' }.data.storage", equalTo("s3"))
                .body("checks.find { it.name == 'ocfl-store' }.data.location",
                        equalTo("s3://" + S3Server.BUCKET + "/" + S3Server.PREFIX))
                .body("checks.name", hasItem("ocfl-store"));
    }

    /** ocfl-js (@ocfl/ocfl-fs), an OCFL implementation independent of ocfl-java, reads what the bucket holds. */
    @Test
    void anIndependentOcflReaderReadsTheBucketsObjects() throws Exception {
        byte[] first = utf8(unique("Read by ocfl-js from the bucket"));
        String id = asLibrarian().contentType("text/plain").body(first).post("/api/v1/documents").path("id");
        byte[] second = utf8(unique("Read by ocfl-js from the bucket, second"));
        asLibrarian().contentType("text/plain").header("If-Match", etag(first)).body(second)
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        JsonNode object = null;
        for (JsonNode candidate : JSON.readTree(NodeProject.run("read-ocfl.mjs",
                List.of(S3Server.storageRootFolder().toString()))).path("objects")) {
            if (candidate.path("id").asText().equals(id)) {
                object = candidate;
            }
        }
        assertNotNull(object, "ocfl-js finds the document's object");
        assertEquals("v2", object.path("head").asText());
        assertEquals(object.path("layoutPath").asText(), object.path("foundAt").asText(),
                "where the storage root's layout extension puts it");
        List<String> texts = new ArrayList<>();
        for (JsonNode version : object.path("versions")) {
            for (JsonNode file : version.path("files")) {
                assertTrue(file.path("digestMatches").asBoolean(), file.toString());
                if (file.path("logicalPath").asText().equals("content.txt")) {
                    texts.add(file.path("sha256").asText());
                }
            }
        }
        assertEquals(List.of(ContentDigest.sha256Hex(first), ContentDigest.sha256Hex(second)), texts);
    }

    @Test
    void isNotReadyWhileTheBucketLacksTheStorageRoot() {
        String declaration = S3Server.PREFIX + "/0=ocfl_1.1";
        byte[] kept = bucket.get(declaration);
        bucket.delete(declaration);
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'ocfl-store' }.status", equalTo("DOWN"));
        } finally {
            bucket.put(declaration, kept);
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** The bucket's root inventory (and its sidecar) names this head, whose content file holds these bytes. */
    private void assertHead(String id, String head, byte[] text) throws Exception {
        String root = Bucket.objectRoot(id);
        byte[] inventory = bucket.get(root + "/inventory.json");
        JsonNode parsed = JSON.readTree(inventory);
        assertEquals(id, parsed.get("id").asText());
        assertEquals(head, parsed.get("head").asText());
        assertEquals(ContentDigest.of(inventory).sha512(),
                bucket.getString(root + "/inventory.json.sha512").split("\\s+")[0]);
        assertArrayEquals(text, bucket.get(root + "/" + head + "/content/content.txt"));
    }

    private static String etag(byte[] text) {
        return "\"" + ContentDigest.sha256Hex(text) + "\"";
    }
}
