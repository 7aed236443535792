package archive.api.metadata;

import static archive.api.support.Seeds.DEFENSE_NEWS_STORIES;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY_TITLE;
import static archive.api.support.Seeds.DOD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What extraction found in the five seeds at ingest, as the API shows it. */
@QuarkusTest
class SeedMetadataApiTest {

    @Test
    void defenseStoryOfJuly() {
        given().get("/api/v1/documents/{id}/metadata", Seeds.DEFENSE_STORY_JULY)
                .then().statusCode(200)
                .body("metadataVersion", equalTo(0))
                .body("fields.title.value", equalTo(DEFENSE_STORY_JULY_TITLE))
                .body("fields.title.origin", equalTo("extracted"))
                .body("fields.title.confidence", equalTo(0.95f))
                .body("fields.title.rule", equalTo("original-credit-line"))
                .body("fields.title.textVersion", equalTo(1))
                .body("fields.publisher.value", equalTo(DOD))
                .body("fields.publicationDate.value", equalTo("2024-07-22"))
                .body("fields.sourceUrl.value", equalTo(DEFENSE_NEWS_STORIES))
                .body("fields.imageUrl.value", startsWith("https://media.defense.gov/2024/Jul/22/"))
                .body("fields.kind.value", equalTo("original"))
                .body("fields.authors", nullValue())
                .body("fields.dateline", nullValue())
                .body("flags", empty());
    }

    @Test
    void defenseStoryOfSeptember() {
        given().get("/api/v1/documents/{id}/metadata", Seeds.DEFENSE_STORY_SEPTEMBER)
                .then().statusCode(200)
                .body("fields.title.value",
                        equalTo("U.S.-Iraq Higher Military Commission Continues Talks on Security Cooperation"))
                .body("fields.publisher.value", equalTo(DOD))
                .body("fields.publicationDate.value", equalTo("2024-09-09"))
                .body("fields.sourceUrl.value", equalTo(DEFENSE_NEWS_STORIES))
                .body("flags", empty());
    }

    @Test
    void untitledRewriteHasADerivedTitleAndNothingItDoesNotState() {
        given().get("/api/v1/documents/{id}/metadata", Seeds.UNTITLED_REWRITE)
                .then().statusCode(200)
                .body("fields.title.value", equalTo(
                        "U.S. and Iraqi officials have gathered at the Pentagon to engage in crucial discussions"))
                .body("fields.title.rule", equalTo("first-sentence"))
                .body("fields.title.confidence", equalTo(0.35f))
                .body("fields.publisher", nullValue())
                .body("fields.publicationDate", nullValue())
                .body("fields.sourceUrl", nullValue())
                .body("flags", empty());
    }

    @Test
    void rewriteWithSourcesCredit() {
        given().get("/api/v1/documents/{id}/metadata", Seeds.THX_REWRITE)
                .then().statusCode(200)
                .body("fields.title.value", startsWith("With a pivotal move, the United States and Iraq"))
                .body("fields.publisher.value", equalTo("THX News"))
                .body("fields.sourceCredit.value", equalTo("THX News & US Department of Defense"))
                .body("fields.dateline.value", equalTo("Washington, D.C."))
                .body("fields.kind.value", equalTo("rewrite"))
                .body("fields.publicationDate", nullValue())
                .body("fields.sourceUrl", nullValue());
    }

    @Test
    void misdatedWebPageIsFlagged() {
        given().get("/api/v1/documents/{id}/metadata", Seeds.MISDATED_WEB_PAGE)
                .then().statusCode(200)
                .body("fields.title.value",
                        equalTo("US and Iraq Hold Second Joint Security Cooperation Dialogue at Pentagon"))
                .body("fields.publisher", nullValue())
                .body("fields.publicationDate.value", equalTo("2022-12-09"))
                .body("fields.publicationDate.confidence", equalTo(0.4f))
                .body("fields.dateline.value", equalTo("DECEMBER 9, 2022"))
                .body("fields.sourceUrl", nullValue())
                .body("flags.type", contains("DATE_CONTRADICTS_TEXT"))
                .body("flags[0].detail", containsString("2022-12-09"));
    }

    @Test
    void documentAndListCarryTheSummary() {
        given().get("/api/v1/documents/{id}", Seeds.DEFENSE_STORY_JULY)
                .then().statusCode(200)
                .body("metadata.title", equalTo(DEFENSE_STORY_JULY_TITLE))
                .body("metadata.publisher", equalTo(DOD))
                .body("metadata.publicationDate", equalTo("2024-07-22"))
                .body("metadata.sourceUrl", equalTo(DEFENSE_NEWS_STORIES))
                .body("metadata.flags", empty())
                .body("links.metadata", equalTo("/api/v1/documents/" + Seeds.DEFENSE_STORY_JULY + "/metadata"));
        given().get("/api/v1/documents?size=100")
                .then().statusCode(200)
                .body("items.find { it.id == '" + Seeds.MISDATED_WEB_PAGE + "' }.metadata.flags",
                        contains("DATE_CONTRADICTS_TEXT"))
                .body("items.find { it.id == '" + Seeds.DEFENSE_STORY_SEPTEMBER + "' }.metadata.publicationDate",
                        equalTo("2024-09-09"));
    }

    @Test
    void unknownDocumentIs404() {
        given().get("/api/v1/documents/{id}/metadata", "0000000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/documents/{id}/metadata/history", "0000000000000000")
                .then().statusCode(404);
    }
}
