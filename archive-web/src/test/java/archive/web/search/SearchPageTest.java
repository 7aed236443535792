package archive.web.search;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.core.metadata.ArticleKind;
import archive.core.search.SearchFacets;
import archive.core.search.SearchIndex;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchPageTest {

    @Inject
    SearchIndex searchIndex;

    @Test
    void showsRankedResultsWithTheMatchedWordsMarked() {
        int total = given().get("/api/v1/search?q=Peshmerga").then().extract().path("total");
        given().get("/?q=Peshmerga").then().statusCode(200).contentType("text/html")
                .body(containsString(total + " documents match “Peshmerga”"))
                .body(containsString("<mark>Peshmerga</mark>"))
                .body(containsString("href=\"/documents/14e58095c9a75005\""))
                .body(containsString("href=\"/documents/095111aef963144d\""))
                .body(containsString("href=\"/documents/ae93cf49b4b6e044\""))
                .body(containsString("value=\"Peshmerga\""));
    }

    @Test
    void listsEveryDocumentWhenNothingIsTypedOldestOnTheLastPage() {
        int total = given().get("/api/v1/search").then().extract().path("total");
        long lastPage = (total + SearchPage.PAGE_SIZE - 1) / SearchPage.PAGE_SIZE;

        given().get("/").then().statusCode(200)
                .body(containsString(total + " documents in the archive, most recently archived first"));
        given().get("/?page=" + lastPage).then().statusCode(200)
                .body(containsString("href=\"/documents/095111aef963144d\""));
    }

    @Test
    void echoesWhatWasTypedAsTextNeverAsMarkup() {
        given().queryParam("q", "<script>alert(1)</script> \"Iraq").get("/").then().statusCode(200)
                .body(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;Iraq\""))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void showsArchivedMarkupInSnippetsAsText() {
        String word = "zqsnippetmarkup" + System.nanoTime() % 100000;
        asLibrarian().contentType("text/plain")
                .body(utf8(unique("Before <img src=x onerror=alert(1)> the " + word + " & <b>bold</b> claim")))
                .post("/api/v1/documents").then().statusCode(201);

        given().queryParam("q", word).get("/").then().statusCode(200)
                .body(containsString("<mark>" + word + "</mark>"))
                .body(not(containsString("<img src=x")))
                .body(not(containsString("<b>bold</b>")));
    }

    @Test
    void offersTheFiltersOnceMetadataDescribesDocuments() {
        String word = "zqfacetpage" + System.nanoTime() % 100000;
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Filtered " + word)))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        searchIndex.updateFacets(id, new SearchFacets(Optional.of("Filter Test News"), Optional.empty(),
                Optional.of(LocalDate.of(2024, 7, 23)), Optional.of(ArticleKind.REWRITE)));

        given().queryParam("q", word).queryParam("publisher", "Filter Test News").queryParam("kind", "rewrite")
                .get("/").then().statusCode(200)
                .body(containsString("<details class=\"filters\" open>"))
                .body(containsString("<option value=\"Filter Test News\">"))
                .body(containsString("<option value=\"rewrite\" selected>"))
                .body(containsString("href=\"/documents/" + id + "\""))
                .body(containsString("Published 23 July 2024"));
        given().queryParam("q", word).queryParam("kind", "original").get("/").then().statusCode(200)
                .body(containsString("No documents match"));
    }

    @Test
    void explainsSearchesThatCannotRun() {
        given().get("/?from=2024-13-01").then().statusCode(400).contentType("text/html")
                .body(containsString("This search could not be run"))
                .body(containsString("YYYY-MM-DD"))
                .body(containsString("value=\"2024-13-01\""));
        given().get("/?page=abc").then().statusCode(400).body(containsString("whole number"));
        given().get("/?kind=everything").then().statusCode(400).body(containsString("&#39;everything&#39;"));
        given().get("/?q=the").then().statusCode(200).body(containsString("only words too common"));
    }

    @Test
    void pointsBackFromAPagePastTheEnd() {
        given().get("/?q=Peshmerga&page=999").then().statusCode(200)
                .body(containsString("Page 999 is past the end"))
                .body(containsString("href=\"/?q=Peshmerga\""));
        given().get("/?q=Peshmerga&page=99999999999").then().statusCode(400).body(containsString("whole number"));
    }

    @Test
    void pagesThroughManyResultsKeepingTheSearch() {
        given().get("/?page=2").then().statusCode(200)
                .body(allOf(containsString("rel=\"prev\""), containsString("Page 2 of")));
    }

    @Test
    void listsDocumentsByTitleWithTheFileNameSecondAndLeadsWithTheArticleNotItsImageUrl() {
        int total = given().get("/api/v1/search").then().extract().path("total");
        long lastPage = (total + SearchPage.PAGE_SIZE - 1) / SearchPage.PAGE_SIZE;
        Element original = result(Jsoup.parse(given().get("/?page=" + lastPage).then().statusCode(200)
                .extract().asString()), Seeds.DEFENSE_STORY_JULY);

        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, original.selectFirst(".result-title a").text());
        assertEquals("000_095111aef963144d.txt", original.selectFirst(".result-meta .file-name").text());
        String snippet = original.selectFirst(".snippet").text();
        assertTrue(snippet.startsWith("U.S. and Iraqi officials are meeting at the Pentagon"), snippet);
    }

    @Test
    void searchResultsCarryTitlesAndPassagesWithoutImageUrls() {
        Document page = Jsoup.parse(given().queryParam("q", "Iraqi officials Pentagon").get("/").then()
                .statusCode(200).extract().asString());

        Element original = result(page, Seeds.DEFENSE_STORY_JULY);
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, original.selectFirst(".result-title a").text());
        String snippet = original.selectFirst(".snippet").text();
        assertFalse(snippet.contains("media.defense.gov") || snippet.contains(".JPG"), snippet);
        Element misdated = result(Jsoup.parse(given().queryParam("q", "JSCOD commenced").get("/").then()
                .statusCode(200).extract().asString()), Seeds.MISDATED_WEB_PAGE);
        String passage = misdated.selectFirst(".snippet").text();
        assertFalse(passage.contains("DECEMBER 9, 2022") || passage.contains("USA News"), passage);
    }

    private static Element result(Document page, String documentId) {
        Element link = page.selectFirst(".result-title a[href=/documents/" + documentId + "]");
        assertNotNull(link, "the page lists " + documentId);
        return link.closest("li.result");
    }
}
