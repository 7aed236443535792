package archive.web.documents;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.web.support.ZoteroReading;
import archive.web.support.ZoteroReading.Item;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A document page as Zotero saves it: its translators' rules applied to the page's HTML. */
@QuarkusTest
class ZoteroSavesDocumentPagesTest {

    private static final String SOURCE_ARCHIVED_COPY = "/documents/" + Seeds.DEFENSE_STORY_JULY + "/versions/1";

    @Test
    void anOriginalIsSavedAsANewsArticleWithTitlePublicationDateUrlAndSnapshot() {
        Document page = page(Seeds.DEFENSE_STORY_JULY);

        Item item = ZoteroReading.embeddedMetadata(page);

        assertEquals("newspaperArticle", item.itemType());
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, item.field("title"));
        assertEquals(Seeds.DOD, item.field("publicationTitle"), "a newspaper article's publisher is its publication");
        assertEquals("2024/07/22", item.field("date"));
        assertEquals(Seeds.DEFENSE_NEWS_STORIES, item.field("url"));
        assertEquals(List.of("Snapshot"), item.attachments(), "the page itself, the archived copy, is kept");
        assertTrue(meta(page, "citation_fulltext_html_url").endsWith(SOURCE_ARCHIVED_COPY));
    }

    @Test
    void coinsDescribeTheSameNewsArticle() {
        List<Item> items = ZoteroReading.coins(page(Seeds.DEFENSE_STORY_JULY));

        assertEquals(1, items.size());
        Item item = items.get(0);
        assertEquals("newspaperArticle", item.itemType());
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, item.field("title"));
        assertEquals(Seeds.DOD, item.field("publicationTitle"));
        assertEquals("2024-07-22", item.field("date"));
        assertEquals(Seeds.DEFENSE_NEWS_STORIES, item.field("url"));
    }

    @Test
    void aRewriteIsANewsArticleThatNamesItsSourceAndItsArchivedCopy() throws Exception {
        Document page = page(Seeds.UNTITLED_REWRITE);

        Item item = ZoteroReading.embeddedMetadata(page);
        assertEquals("newspaperArticle", item.itemType());
        assertTrue(item.field("url").endsWith("/documents/" + Seeds.UNTITLED_REWRITE + "/versions/1"),
                "without an original address the url is the archived copy: " + item.field("url"));
        assertNotEquals(Seeds.DEFENSE_NEWS_STORIES, item.field("publicationTitle"),
                "the source is not taken for the rewrite's publication (no DC.source)");

        List<String> versionOf = page.select("meta[name=DCTERMS.isVersionOf]").eachAttr("content");
        assertEquals(2, versionOf.size(), versionOf.toString());
        assertEquals(Seeds.DEFENSE_NEWS_STORIES, versionOf.get(0));
        assertTrue(versionOf.get(1).endsWith(SOURCE_ARCHIVED_COPY));
        assertEquals(versionOf, page.select("meta[name=DC.relation]").eachAttr("content"));

        JsonNode basedOn = jsonLd(page).path("isBasedOn");
        assertEquals("NewsArticle", basedOn.path("@type").asText());
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, basedOn.path("headline").asText());
        assertEquals(Seeds.DOD, basedOn.path("publisher").path("name").asText());
        assertEquals("2024-07-22", basedOn.path("datePublished").asText());
        assertEquals(Seeds.DEFENSE_NEWS_STORIES, basedOn.path("url").asText());
        assertTrue(basedOn.path("archivedAt").asText().endsWith(SOURCE_ARCHIVED_COPY));
    }

    @Test
    void anOriginalNamesNoSource() throws Exception {
        Document page = page(Seeds.DEFENSE_STORY_JULY);

        assertTrue(page.select("meta[name=DCTERMS.isVersionOf]").isEmpty());
        assertTrue(jsonLd(page).path("isBasedOn").isMissingNode());
        assertTrue(jsonLd(page).path("archivedAt").asText().endsWith(SOURCE_ARCHIVED_COPY));
    }

    @Test
    void aDateFlaggedAsContradictingTheTextIsNotSavedAsFact() {
        Document page = page(Seeds.MISDATED_WEB_PAGE);

        assertNull(ZoteroReading.embeddedMetadata(page).field("date"));
        assertNull(ZoteroReading.coins(page).get(0).field("date"));
        assertTrue(page.select("meta[name=DC.date], meta[name=citation_date]").isEmpty());
    }

    @Test
    void linksTheExportsAndOffersTheRecordOverUnapi() {
        Document page = page(Seeds.DEFENSE_STORY_JULY);

        List<Element> alternates = page.select("head link[rel=alternate][href*=/export]");
        assertEquals(List.of("application/x-bibtex", "application/x-research-info-systems",
                "application/vnd.citationstyles.csl+json"), alternates.stream().map(link -> link.attr("type")).toList());
        for (Element alternate : alternates) {
            given().get(alternate.attr("href")).then().statusCode(200)
                    .contentType(alternate.attr("type"));
        }
        Element server = page.selectFirst("head link[rel=unapi-server]");
        assertEquals("application/xml", server.attr("type"));
        assertEquals("/unapi", server.attr("href"));
        assertEquals(Seeds.DEFENSE_STORY_JULY, page.selectFirst("abbr.unapi-id[title]").attr("title"));
        given().queryParam("id", Seeds.DEFENSE_STORY_JULY).queryParam("format", "ris").get(server.attr("href"))
                .then().statusCode(200);
    }

    private static Document page(String id) {
        return Jsoup.parse(given().get("/documents/{id}", id).then().statusCode(200).extract().asString());
    }

    private static String meta(Document page, String name) {
        return page.selectFirst("meta[name=" + name + "]").attr("content");
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        return new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
    }
}
