package archive.api.citations;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.currentEtag;
import static archive.api.support.Documents.upload;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY;
import static archive.api.support.Texts.defenseStory;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Citations are assembled once and kept; every change to what they say (a correction, a new text version, a
 * librarian's provenance decision) shows in the very next citation.
 */
@QuarkusTest
class CitationFreshnessTest {

    private static final String CITE = "/api/v1/documents/{id}/citation?style=apa&format=text";

    @Test
    void aCorrectedTitleIsCitedAtOnce() {
        String id = upload(defenseStory("Cranes Inspected"));
        given().get(CITE, id).then().body("citation", containsString("Cranes Inspected"));

        asLibrarian().contentType("application/merge-patch+json").body("{\"title\": \"Harbor Cranes Pass Inspection\"}")
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);

        given().get(CITE, id).then().statusCode(200)
                .body("citation", containsString("Harbor Cranes Pass Inspection"))
                .body("citation", not(containsString("Cranes Inspected")));
    }

    @Test
    void aNewTextVersionIsTheOneCitedWithoutAVersion() {
        String id = upload(defenseStory("Docks Repaired"));
        given().get(CITE, id).then().body("permalink", endsWith("/versions/1"));

        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(id))
                .body(utf8(defenseStory("Docks Repaired Again")))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        given().get(CITE, id).then().body("permalink", endsWith("/versions/2"))
                .body("citation", containsString("Docks Repaired Again"));
    }

    @Test
    void aConfirmedSourceIsNamedAtOnceAndARejectedOneIsDroppedAtOnce() {
        String id = upload(defenseStory("Piers Rebuilt"));
        given().get(CITE, id).then().body("citation", not(containsString("Original work published")));

        decide(id, "confirmed");
        given().get(CITE, id).then().body("citation", containsString("Original work published"));

        decide(id, "rejected");
        given().get(CITE, id).then().body("citation", not(containsString("Original work published")));
    }

    private static void decide(String id, String status) {
        asLibrarian().contentType("application/json").body("{\"status\": \"" + status + "\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", id, DEFENSE_STORY_JULY)
                .then().statusCode(200);
    }
}
