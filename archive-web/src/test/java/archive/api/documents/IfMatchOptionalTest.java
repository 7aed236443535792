package archive.api.documents;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import archive.api.support.IfMatchOptionalArchive;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** ARCHIVE_REQUIRE_IF_MATCH=false: a new version without If-Match is archived, as before If-Match was required. */
@QuarkusTest
@TestProfile(IfMatchOptionalArchive.class)
class IfMatchOptionalTest {

    @Test
    void archivesANewVersionWithoutIfMatch() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Optional If-Match")))
                .post("/api/v1/documents").path("id");
        byte[] second = utf8(unique("Optional If-Match, second version"));

        asLibrarian().contentType("text/plain").body(second).put("/api/v1/documents/{id}/text", id)
                .then().statusCode(201).body("currentVersion", equalTo(2));

        assertArrayEquals(second, given().get("/api/v1/documents/{id}/text", id).asByteArray());
    }

    @Test
    void stillRefusesAStaleIfMatch() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Optional If-Match, stale")))
                .post("/api/v1/documents").path("id");

        asLibrarian().contentType("text/plain").header("If-Match", "\"" + "0".repeat(64) + "\"")
                .body(utf8(unique("a lost update"))).put("/api/v1/documents/{id}/text", id)
                .then().statusCode(412).body("type", equalTo("/problems/stale-version"));
    }
}
