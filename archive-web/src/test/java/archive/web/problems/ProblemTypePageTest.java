package archive.web.problems;

import static archive.web.support.Html.unescape;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The type URI of every problem leads to a page that explains it. */
@QuarkusTest
class ProblemTypePageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void everyTypeHasAPageInTheSiteLayout() {
        for (ProblemType type : ProblemType.values()) {
            String page = unescape(given().get(type.uri()).then().statusCode(200).contentType("text/html")
                    .extract().asString());
            for (String expected : new String[] {"<h1>" + type.title() + "</h1>", "HTTP " + type.status(),
                    type.meaning(), type.remedy(), "\"type\": \"" + type.uri() + "\"", "class=\"site-header\"",
                    "<main id=\"main\""}) {
                assertTrue(page.contains(expected), type + " page lacks " + expected);
            }
        }
    }

    @Test
    void browsersGetThePageAndProgramsThatAskForJsonTheSameFacts() {
        ProblemType type = ProblemType.IF_MATCH_REQUIRED;
        given().accept(BROWSER).get(type.uri()).then().statusCode(200).contentType("text/html")
                .body(containsString("HTTP 428 Precondition Required"));
        given().accept("application/json").get(type.uri()).then().statusCode(200).contentType("application/json")
                .body("type", equalTo("/problems/if-match-required"))
                .body("status", equalTo(428))
                .body("title", equalTo(type.title()))
                .body("meaning", equalTo(type.meaning()))
                .body("remedy", equalTo(type.remedy()));
    }

    @Test
    void aTypeTheArchiveDoesNotHaveIsNotFound() {
        given().get("/problems/{code}", "no-such-problem").then().statusCode(404);
        given().accept("application/json").get("/problems/{code}", "no-such-problem").then().statusCode(404);
        given().get("/problems/{code}", "DOCUMENT-NOT-FOUND").then().statusCode(404);
    }

    @Test
    void theListLinksEveryType() {
        String list = given().get("/problems").then().statusCode(200).contentType("text/html").extract().asString();
        for (ProblemType type : ProblemType.values()) {
            assertTrue(list.contains("href=\"" + type.uri() + "\""), type.uri());
        }
    }

    @Test
    void anErrorPageLinksToWhatItsProblemMeans() {
        given().accept(BROWSER).get("/documents/{id}", "not-an-id").then().statusCode(404)
                .body(containsString("href=\"" + ProblemType.INVALID_DOCUMENT_ID.uri() + "\""));
    }
}
