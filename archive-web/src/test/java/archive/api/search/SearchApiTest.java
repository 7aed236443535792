package archive.api.search;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.currentEtag;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.uniqueWord;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.metadata.ArticleKind;
import archive.core.search.SearchFacets;
import archive.core.search.SearchIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchApiTest {

    private static final List<String> SEEDS_NAMING_PESHMERGA = List.of("095111aef963144d", "14e58095c9a75005",
            "ae93cf49b4b6e044");

    @Inject
    SearchIndex searchIndex;

    @Inject
    EntityManager entityManager;

    @Test
    void findsTheSeedsThatNameThePeshmergaRankedWithMarkedSnippets() {
        JsonPath json = given().get("/api/v1/search?q=Peshmerga").then().statusCode(200)
                .contentType("application/json")
                .body("total", greaterThanOrEqualTo(SEEDS_NAMING_PESHMERGA.size()))
                .body("searchable", equalTo(true))
                .extract().jsonPath();

        // Other tests archive copies of the seeds too; the seeds that name the Peshmerga are always found.
        assertTrue(json.getList("items.id", String.class).containsAll(SEEDS_NAMING_PESHMERGA));
        List<Float> scores = json.getList("items.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "ranked by score: " + scores);
        }
        List<Map<String, Object>> snippet = json.getList("items[0].snippet");
        assertTrue(snippet.contains(Map.of("text", "Peshmerga", "match", true)), "snippet: " + snippet);
        assertEquals("/documents/" + json.getString("items[0].id"), json.getString("items[0].links.page"));
    }

    @Test
    void acceptsAnythingPeopleTypeAsSearchWords() {
        for (String typed : new String[] {"\"joint security\" -Austin", "Iraq & Pentagon", "<script>alert(1)</script>",
                "U.S.-Iraq", "'; drop table document; --", "(((", "peshmerga:*", "!", "\"unclosed", "or or"}) {
            given().queryParam("q", typed).get("/api/v1/search").then().statusCode(200);
        }
        given().queryParam("q", "\"joint security\" -Austin").get("/api/v1/search")
                .then().body("items.id", not(hasItem("1aacb8dbb6810538")));
    }

    @Test
    void listsEveryDocumentWithoutWordsNewestFirst() {
        JsonPath json = given().get("/api/v1/search?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(5))
                .body("items.score", everyItem(nullValue()))
                .extract().jsonPath();
        List<String> archivedAt = json.getList("items.archivedAt", String.class);
        List<Instant> times = archivedAt.stream().map(Instant::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isAfter(times.get(i - 1)), "newest first: " + archivedAt);
        }
    }

    @Test
    void saysWhenTheWordsAreTooCommonToSearch() {
        given().get("/api/v1/search?q=the of and").then().statusCode(200)
                .body("searchable", equalTo(false)).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void refusesBadParametersWithProblemDetails() {
        given().get("/api/v1/search?from=2024-13-01").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-search"))
                .body("detail", containsString("YYYY-MM-DD"));
        given().get("/api/v1/search?from=2024-08-01&to=2024-07-01").then().statusCode(400)
                .body("detail", containsString("swap"));
        given().get("/api/v1/search?kind=copies").then().statusCode(400).body("detail", containsString("'copies'"));
        given().get("/api/v1/search?page=abc").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("q", "x".repeat(501)).get("/api/v1/search").then().statusCode(400);
    }

    @Test
    void answersPagesPastTheEndWithNoItemsAndTheTrueTotal() {
        int total = given().get("/api/v1/search?q=Peshmerga").then().extract().path("total");
        given().get("/api/v1/search?q=Peshmerga&page=2147483647").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(total));
        List<String> links = given().get("/api/v1/search?q=Peshmerga&size=1&page=2").then().statusCode(200)
                .body("items", hasSize(1)).extract().headers().getValues("Link");
        assertTrue(links.stream().anyMatch(link -> link.contains("page=3") && link.endsWith("rel=\"next\"")),
                links.toString());
    }

    @Test
    void findsANewDocumentAsSoonAsItIsArchivedAndFollowsItsNewVersions() {
        String word = uniqueWord();
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Dispatch about " + word)))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        given().queryParam("q", word).get("/api/v1/search").then().body("items.id", equalTo(List.of(id)));

        String replacement = uniqueWord();
        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(id))
                .body(utf8(unique("Corrected dispatch about " + replacement)))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        given().queryParam("q", word).get("/api/v1/search").then().body("total", equalTo(0));
        given().queryParam("q", replacement).get("/api/v1/search").then().body("items.id", equalTo(List.of(id)));
    }

    @Test
    void snippetsCarryArchivedMarkupAsPlainText() {
        String word = uniqueWord();
        String id = asLibrarian().contentType("text/plain")
                .body(utf8(unique("Report & analysis: " + word + " said \"x < y\" at 5 o'clock")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> snippet = given().queryParam("q", word).get("/api/v1/search")
                .then().body("items.id", equalTo(List.of(id))).extract().jsonPath().getList("items[0].snippet");
        StringBuilder text = new StringBuilder();
        snippet.forEach(part -> text.append(part.get("text")));
        assertTrue(text.toString().contains("Report & analysis: " + word + " said \"x < y\""), text.toString());
    }

    @Test
    void filtersByTheFacetsMetadataGives() {
        String word = uniqueWord();
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Faceted story " + word)))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        searchIndex.updateFacets(id, new SearchFacets(Optional.of("Example News"), Optional.of("news.example.com"),
                Optional.of(LocalDate.of(2024, 7, 23)), Optional.of(ArticleKind.REWRITE)));

        List<String> matching = List.of(
                "publisher=example news", "publisher=NEWS.EXAMPLE.COM", "from=2024-07-23", "to=2024-07-23",
                "from=2024-07-01&to=2024-07-31", "kind=rewrite", "kind=any");
        for (String filter : matching) {
            assertEquals(List.of(id), ids("/api/v1/search?q=" + word + "&" + filter), filter);
        }
        List<String> excluding = List.of("publisher=defense.gov", "from=2024-07-24", "to=2024-07-22",
                "kind=original");
        for (String filter : excluding) {
            assertEquals(List.of(), ids("/api/v1/search?q=" + word + "&" + filter), filter);
        }
        given().get("/api/v1/search?q=" + word).then()
                .body("items[0].publisher", equalTo("Example News"))
                .body("items[0].site", equalTo("news.example.com"))
                .body("items[0].publishedOn", equalTo("2024-07-23"))
                .body("items[0].kind", equalTo("rewrite"));
    }

    @Test
    void indexesDocumentsMissingFromTheIndex() {
        String word = uniqueWord();
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Backfilled " + word)))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from document_search where document_id = ?1").setParameter(1, id)
                .executeUpdate());
        given().queryParam("q", word).get("/api/v1/search").then().body("total", equalTo(0));

        assertTrue(searchIndex.indexMissing() >= 1);

        given().queryParam("q", word).get("/api/v1/search").then().body("items.id", equalTo(List.of(id)));
    }

    @Test
    void indexesTheStartOfAVeryLongTextAndStillArchivesAllOfIt() {
        String first = uniqueWord();
        String last = uniqueWord();
        StringBuilder text = new StringBuilder(first).append(' ');
        Random random = new Random(11);
        while (text.length() < 600_000) {
            for (int i = 0; i < 7; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        text.append(last);

        String id = asLibrarian().contentType("text/plain").body(utf8(text.toString())).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");

        given().queryParam("q", first).get("/api/v1/search").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("q", last).get("/api/v1/search").then().body("total", equalTo(0));
    }

    private static List<String> ids(String search) {
        return given().get(search).then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
