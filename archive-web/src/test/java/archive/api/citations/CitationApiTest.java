package archive.api.citations;

import static archive.api.support.Seeds.DEFENSE_NEWS_STORIES;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY_TITLE;
import static archive.api.support.Seeds.DOD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CitationApiTest {

    private static final String SEED_SHA256 = "ae3ccef04436acd60adcf9e2bdeda3e44e398705350881774eb4a0ebb20700a7";

    @ParameterizedTest
    @ValueSource(strings = {"apa", "modern-language-association", "chicago-author-date", "chicago-notes-bibliography",
        "harvard-cite-them-right", "bluebook-law-review"})
    void namesTitlePublisherYearAndDefenseGovAddress(String style) {
        given().get("/api/v1/documents/{id}/citation?style={style}&format=text", DEFENSE_STORY_JULY, style)
                .then().statusCode(200)
                .body("style", equalTo(style))
                .body("citation", allOf(containsString(DEFENSE_STORY_JULY_TITLE), containsString(DOD),
                        containsString("2024"), containsString(DEFENSE_NEWS_STORIES)));
    }

    /** IEEE cites a web page by its access date (here the archive date), never its publication date. */
    @Test
    void ieeeNamesTitlePublisherAndAddressWithoutTheYear() {
        given().get("/api/v1/documents/{id}/citation?style=ieee", DEFENSE_STORY_JULY)
                .then().statusCode(200)
                .body("citation", allOf(startsWith("[1] “" + DEFENSE_STORY_JULY_TITLE + ",” " + DOD + ". Accessed: "),
                        containsString("[Online]. Available: " + DEFENSE_NEWS_STORIES), not(containsString("2024"))));
    }

    @Test
    void apaEntryCarriesTheArchivedCopy() {
        String permalink = permalink(DEFENSE_STORY_JULY, 1);

        given().get("/api/v1/documents/{id}/citation", DEFENSE_STORY_JULY)
                .then().statusCode(200)
                .body("style", equalTo("apa"))
                .body("format", equalTo("text"))
                .body("locale", equalTo("en-US"))
                .body("version", equalTo(1))
                .body("permalink", equalTo(permalink))
                .body("sha256", equalTo(SEED_SHA256))
                .body("citation", equalTo(DEFENSE_STORY_JULY_TITLE + ". (2024, July 22). localhost (SHA-256 "
                        + SEED_SHA256 + ", " + permalink + "). " + DOD + ". " + DEFENSE_NEWS_STORIES));
    }

    @Test
    void htmlCarriesRobustLinks() {
        String permalink = permalink(DEFENSE_STORY_JULY, 1);
        String archivedOn = given().get("/api/v1/documents/{id}", DEFENSE_STORY_JULY).<String>path(
                "versions[0].createdAt").substring(0, 10);
        String robust = " data-originalurl=\"" + DEFENSE_NEWS_STORIES + "\" data-versionurl=\"" + permalink
                + "\" data-versiondate=\"" + archivedOn + "\"";

        given().get("/api/v1/documents/{id}/citation?format=html&version=1", DEFENSE_STORY_JULY)
                .then().statusCode(200)
                .body("format", equalTo("html"))
                .body("citation", allOf(containsString("<a href=\"" + DEFENSE_NEWS_STORIES + "\"" + robust + ">"),
                        containsString("<a href=\"" + permalink + "\"" + robust + ">" + permalink + "</a>")));
    }

    @Test
    void rewriteAloneIsCitedAsOriginallyPublishedByItsSource() {
        given().get("/api/v1/documents/{id}/citation?style=apa&format=text&with=none", Seeds.UNTITLED_REWRITE)
                .then().statusCode(200)
                .body("entries", hasSize(1))
                .body("source.documentId", equalTo(DEFENSE_STORY_JULY))
                .body("source.cited", equalTo(false))
                .body("citation", containsString("(Original work published as " + DEFENSE_STORY_JULY_TITLE
                        + ", 2024, " + DOD + ")"));
    }

    /** Issue 14: by default, in every style, a rewrite's citation names its source and the source's defense.gov URL. */
    @ParameterizedTest
    @ValueSource(strings = {"apa", "modern-language-association", "chicago-notes-bibliography", "ieee",
        "bluebook-law-review"})
    void rewriteIsCitedWithItsSourceAndTheSourcesDefenseGovAddressByDefault(String style) {
        given().get("/api/v1/documents/{id}/citation?style={style}&format=text", Seeds.UNTITLED_REWRITE, style)
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .body("citation", allOf(containsString(DEFENSE_STORY_JULY_TITLE), containsString(DEFENSE_NEWS_STORIES)))
                .body("source.documentId", equalTo(DEFENSE_STORY_JULY))
                .body("source.title", equalTo(DEFENSE_STORY_JULY_TITLE))
                .body("source.url", equalTo(DEFENSE_NEWS_STORIES))
                .body("source.permalink", equalTo(permalink(DEFENSE_STORY_JULY, 1)))
                .body("source.linkStatus", equalTo("auto"))
                .body("source.cited", equalTo(true));
    }

    @Test
    void rewritesHtmlLinksTheDefenseGovSourceAsARobustLinkToItsArchivedVersion() {
        String sourceArchivedOn = given().get("/api/v1/documents/{id}", DEFENSE_STORY_JULY).<String>path(
                "versions[0].createdAt").substring(0, 10);
        String sourceLink = "<a href=\"" + DEFENSE_NEWS_STORIES + "\" data-originalurl=\"" + DEFENSE_NEWS_STORIES
                + "\" data-versionurl=\"" + permalink(DEFENSE_STORY_JULY, 1) + "\" data-versiondate=\""
                + sourceArchivedOn + "\">";

        given().get("/api/v1/documents/{id}/citation?format=html", Seeds.UNTITLED_REWRITE)
                .then().statusCode(200)
                .body("citation", allOf(containsString(sourceLink),
                        containsString("data-versionurl=\"" + permalink(Seeds.UNTITLED_REWRITE, 1) + "\"")));
    }

    @Test
    void citeBothRendersTheRewriteAndItsSourceWithTheDefenseGovAddress() {
        JsonPath both = given().get("/api/v1/documents/{id}/citation?with=source", Seeds.UNTITLED_REWRITE)
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .extract().jsonPath();
        List<String> entries = both.getList("entries");
        String rewrite = given().get("/api/v1/documents/{id}/citation?with=none", Seeds.UNTITLED_REWRITE)
                .path("citation");

        assertTrue(entries.contains(rewrite), entries.toString());
        assertTrue(entries.contains(DEFENSE_STORY_JULY_TITLE + ". (2024, July 22). localhost ("
                + permalink(DEFENSE_STORY_JULY, 1) + "). " + DOD + ". " + DEFENSE_NEWS_STORIES), entries.toString());
        assertEquals(String.join("\n", entries), both.getString("citation"));
        assertEquals(entries, given().get("/api/v1/documents/{id}/citation", Seeds.UNTITLED_REWRITE)
                .jsonPath().getList("entries"), "with=source is the default");
    }

    @Test
    void citeBothOfADocumentWithoutSourceIsItsEntry() {
        given().get("/api/v1/documents/{id}/citation?with=source", DEFENSE_STORY_JULY)
                .then().statusCode(200)
                .body("entries", hasSize(1))
                .body("source", equalTo(null));
    }

    /** Seed 004's stated date (December 9, 2022) is contradicted by its own text: no style states it as fact. */
    @ParameterizedTest
    @ValueSource(strings = {"apa", "modern-language-association", "chicago-author-date"})
    void aDateTheArchiveFlaggedIsNotPrintedAsFact(String style) {
        given().get("/api/v1/documents/{id}/metadata", Seeds.MISDATED_WEB_PAGE)
                .then().statusCode(200)
                .body("flags.type", org.hamcrest.Matchers.hasItem("DATE_CONTRADICTS_TEXT"));
        given().get("/api/v1/documents/{id}/citation?style={style}&with=none", Seeds.MISDATED_WEB_PAGE, style)
                .then().statusCode(200)
                .body("citation", allOf(not(containsString("2022")), not(containsString("December 9"))));
    }

    @Test
    void localeChangesTheTerms() {
        given().get("/api/v1/documents/{id}/citation?locale=de-DE", DEFENSE_STORY_JULY)
                .then().statusCode(200)
                .body("locale", equalTo("de-DE"))
                .body("citation", containsString("(2024, Juli 22)"));
    }

    @Test
    void unknownStyleIs404WithHowToFindIds() {
        given().get("/api/v1/documents/{id}/citation?style=no-such-style", DEFENSE_STORY_JULY)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-style"))
                .body("detail", containsString("GET /api/v1/styles?q="));
    }

    @Test
    void badParametersAreProblems() {
        problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/citation?locale=xx-YY", 400, "unknown-locale");
        problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/citation?format=pdf", 400, "invalid-format");
        problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/citation?version=two", 400, "invalid-version");
        problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/citation?version=0", 400, "invalid-version");
        problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/citation?with=everything", 400, "invalid-with");
        problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/citation?version=2", 404, "version-not-found");
        problem("/api/v1/documents/0000000000000000/citation", 404, "document-not-found");
        problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/citation?style=../apa", 404, "unknown-style");
    }

    static void problem(String path, int status, String type) {
        given().get(path).then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type));
    }

    static String permalink(String id, int version) {
        return "http://localhost:" + RestAssured.port + "/documents/" + id + "/versions/" + version;
    }
}
