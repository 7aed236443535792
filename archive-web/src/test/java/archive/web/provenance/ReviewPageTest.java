package archive.web.provenance;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static archive.web.support.LibrarianSession.asSignedInLibrarian;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewPageTest {

    @Test
    void listsProposedLinksWithTheirComparisonAndDecisionForms() {
        asSignedInLibrarian().get("/librarian/review").then().statusCode(200)
                .body(containsString("data-derived=\"" + Seeds.THX_REWRITE + "\" data-source=\""
                        + Seeds.DEFENSE_STORY_JULY + "\""))
                .body(containsString("href=\"/documents/" + Seeds.THX_REWRITE + "/compare/"
                        + Seeds.DEFENSE_STORY_JULY + "\""))
                .body(containsString("value=\"confirmed\""))
                // 001's accepted link to 000 is not up for review (a twin of 000 archived by another test may be).
                .body(not(containsString("data-derived=\"" + Seeds.UNTITLED_REWRITE + "\" data-source=\""
                        + Seeds.DEFENSE_STORY_JULY + "\"")));
    }

    @Test
    void isForLibrariansOnly() {
        given().redirects().follow(false).get("/librarian/review").then().statusCode(302);
    }

    @Test
    void aLibrarianConfirmsThenRejectsALinkFromTheDocumentPage() {
        String derived = upload("A rewrite about the Pentagon talks.");
        String source = upload("The Pentagon hosted talks on security cooperation.");
        String page = "/documents/" + derived;

        decide(derived, source, "confirmed", page).then().statusCode(303).header("Location", endsWith(page));
        given().get("/api/v1/documents/{id}/provenance", derived).then()
                .body("candidates.find { it.sourceId == '" + source + "' }.status", equalTo("confirmed"));
        asSignedInLibrarian().get(page).then().body(containsString("value=\"rejected\""))
                .body(containsString("badge-confirmed"));

        decide(derived, source, "rejected", "https://elsewhere.example/").then().statusCode(303)
                .header("Location", containsString("/librarian/review"));
        given().get("/api/v1/documents/{id}/provenance", derived).then()
                .body("candidates.find { it.sourceId == '" + source + "' }.status", equalTo("rejected"));
    }

    @Test
    void anUnknownDecisionIsRefused() {
        decide(Seeds.THX_REWRITE, Seeds.DEFENSE_STORY_JULY, "maybe", "/").then().statusCode(400);
    }

    private static io.restassured.response.Response decide(String derived, String source, String decision,
            String returnTo) {
        return asSignedInLibrarian().formParam("derivedId", derived).formParam("sourceId", source)
                .formParam("decision", decision).formParam("returnTo", returnTo).post("/librarian/provenance");
    }

    private static String upload(String text) {
        return asLibrarian().contentType("text/plain").body(utf8(unique(text))).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
    }
}
