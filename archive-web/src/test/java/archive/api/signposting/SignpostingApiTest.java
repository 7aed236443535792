package archive.api.signposting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.LinkFormat;
import archive.api.support.LinkFormat.Link;
import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** FAIR Signposting: few links in the Link header of texts and pages, all of them in the RFC 9264 linkset. */
@QuarkusTest
class SignpostingApiTest {

    private static final String ID = Seeds.DEFENSE_STORY_JULY;

    @Test
    void theCurrentTextIsCitedAsTheDocumentPageAndPointsToItsMetadataAndLinkset() {
        List<Link> links = LinkFormat.parse(given().get("/api/v1/documents/{id}/text", ID).then().statusCode(200)
                .extract().header("Link"));
        assertEquals(address("/documents/" + ID), only(links, "cite-as").target());
        assertDescribedByTheExportsAndLinkset(links, "");
    }

    @Test
    void aVersionIsCitedAsItsPermalink() {
        List<Link> links = LinkFormat.parse(given().get("/api/v1/documents/{id}/versions/1/text", ID).then()
                .statusCode(200).extract().header("Link"));
        assertEquals(address("/documents/" + ID + "/versions/1"), only(links, "cite-as").target());
        assertDescribedByTheExportsAndLinkset(links, "&version=1");
    }

    @Test
    void documentAndVersionPagesCarryTheSameSignposts() {
        List<Link> page = LinkFormat.parse(given().get("/documents/{id}", ID).then().statusCode(200)
                .contentType("text/html").extract().header("Link"));
        assertEquals(address("/documents/" + ID), only(page, "cite-as").target());
        assertDescribedByTheExportsAndLinkset(page, "");
        List<Link> version = LinkFormat.parse(given().get("/documents/{id}/versions/1", ID).then().statusCode(200)
                .extract().header("Link"));
        assertEquals(address("/documents/" + ID + "/versions/1"), only(version, "cite-as").target());
    }

    @Test
    void theLinksetIsRfc9264JsonByDefault() {
        String landingPage = address("/documents/" + ID);
        JsonPath json = given().get("/api/v1/documents/{id}/linkset", ID).then().statusCode(200)
                .contentType("application/linkset+json").extract().jsonPath();
        assertEquals(landingPage, json.getString("linkset[0].anchor"));
        assertEquals(List.of(landingPage), json.getList("linkset[0].cite-as.href"));
        assertEquals(List.of("https://schema.org/NewsArticle", "https://schema.org/AboutPage"),
                json.getList("linkset[0].type.href"));
        assertEquals(List.of("application/x-bibtex", "application/x-research-info-systems",
                "application/vnd.citationstyles.csl+json"), json.getList("linkset[0].describedby.type"));
        assertEquals(List.of(address("/api/v1/documents/" + ID + "/text")), json.getList("linkset[0].item.href"));
        assertEquals(List.of("text/plain; charset=utf-8"), json.getList("linkset[0].item.type"));
        List<Map<String, Object>> contexts = json.getList("linkset");
        assertEquals(5, contexts.size());
        Map<String, Object> text = contexts.get(1);
        assertEquals(address("/api/v1/documents/" + ID + "/text"), text.get("anchor"));
        assertEquals(landingPage, json.getString("linkset[1].collection[0].href"));
        for (int i = 2; i < 5; i++) {
            assertTrue(json.getString("linkset[" + i + "].anchor").contains("/export?format="));
            assertEquals(landingPage, json.getString("linkset[" + i + "].describes[0].href"));
        }
    }

    @Test
    void theLinksetIsAlsoItsTextForm() {
        String body = given().accept("application/linkset").get("/api/v1/documents/{id}/linkset", ID).then()
                .statusCode(200).contentType(containsString("application/linkset")).extract().asString();
        List<Link> links = LinkFormat.parse(body);
        String landingPage = address("/documents/" + ID);
        Map<String, List<String>> fromLandingPage = links.stream()
                .filter(link -> landingPage.equals(link.get("anchor")))
                .collect(Collectors.groupingBy(link -> link.get("rel"),
                        Collectors.mapping(Link::target, Collectors.toList())));
        assertEquals(List.of(landingPage), fromLandingPage.get("cite-as"));
        assertEquals(List.of("https://schema.org/NewsArticle", "https://schema.org/AboutPage"),
                fromLandingPage.get("type"));
        assertEquals(3, fromLandingPage.get("describedby").size());
        assertEquals(List.of(address("/api/v1/documents/" + ID + "/text")), fromLandingPage.get("item"));
        assertTrue(links.stream().allMatch(link -> link.get("anchor") != null), body);
        given().get("/api/v1/documents/{id}/linkset", "0000000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/document-not-found"));
    }

    private static void assertDescribedByTheExportsAndLinkset(List<Link> links, String version) {
        List<Link> describedBy = LinkFormat.withRelation(links, "describedby");
        assertEquals(List.of(address("/api/v1/documents/" + ID + "/export?format=csl-json" + version),
                address("/api/v1/documents/" + ID + "/export?format=bibtex" + version)),
                describedBy.stream().map(Link::target).toList());
        assertEquals(List.of("application/vnd.citationstyles.csl+json", "application/x-bibtex"),
                describedBy.stream().map(link -> link.get("type")).toList());
        Link linkset = only(links, "linkset");
        assertEquals(address("/api/v1/documents/" + ID + "/linkset"), linkset.target());
        assertEquals("application/linkset+json", linkset.get("type"));
        for (Link link : describedBy) {
            given().urlEncodingEnabled(false).get(link.target()).then().statusCode(200)
                    .contentType(containsString(link.get("type")));
        }
    }

    private static String address(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    private static Link only(List<Link> links, String relation) {
        List<Link> found = LinkFormat.withRelation(links, relation);
        assertEquals(1, found.size(), relation + " in " + links);
        return found.get(0);
    }
}
