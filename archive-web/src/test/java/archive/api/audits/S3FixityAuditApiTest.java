package archive.api.audits;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import archive.api.support.Bucket;
import archive.api.support.S3Archive;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The fixity audit reads the bucket itself: bytes changed through the S3 API, past the archive, are found. */
@QuarkusTest
@TestProfile(S3Archive.class)
class S3FixityAuditApiTest {

    @Test
    void reportsTheDocumentWhoseContentWasOverwrittenInTheBucket() {
        byte[] text = utf8(unique("Fixity target in a bucket"));
        String id = asLibrarian().contentType("text/plain").body(text).post("/api/v1/documents").path("id");
        given().get("/api/v1/documents/{id}/text", id).then().statusCode(200); // now in memory as well
        byte[] overwritten = text.clone();
        overwritten[3] ^= 0x20;
        String key = Bucket.objectRoot(id) + "/v1/content/content.txt";
        try (Bucket bucket = new Bucket()) {
            bucket.put(key, overwritten);
            try {
                asLibrarian().post("/api/v1/audits/fixity")
                        .then().statusCode(200)
                        .body("failed", hasSize(1))
                        .body("failed[0].documentId", equalTo(id))
                        .body("failed[0].problems[0]", containsString("SHA-256"));
                given().get("/api/v1/documents/{id}/events", id)
                        .then().body("findAll { it.type == 'fixity-check' }.outcome", hasItem("failure"));
            } finally {
                bucket.put(key, text);
            }
        }
        asLibrarian().post("/api/v1/audits/fixity").then().statusCode(200).body("failed", hasSize(0));
    }
}
