package archive.web.documents;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.currentEtag;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static archive.web.support.Html.unescape;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.core.storage.ContentDigest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentPageTest {

    private static final String SEED_001 = "14e58095c9a75005";
    private static final Pattern TEXT_BLOCK = Pattern.compile(
            "<div class=\"archived-text\"[^>]*>(.*?)</div>", Pattern.DOTALL);

    @Test
    void showsTheSeedTextExactlyAsArchived() throws Exception {
        String seed = Files.readString(Path.of("../seeds/001_14e58095c9a75005.txt"));

        String html = given().get("/documents/{id}", SEED_001).then().statusCode(200).contentType("text/html")
                .extract().asString();

        assertEquals(seed, unescape(textBlock(html)));
        assertTrue(html.contains(ContentDigest.sha256Hex(seed.getBytes(StandardCharsets.UTF_8))));
        assertTrue(html.contains("<td>Archived</td>"), "the ingestion event is listed");
    }

    @Test
    void showsArchivedMarkupAndScriptAsText() {
        String text = unique("<script>alert(1)</script> and <b onmouseover=\"alert(2)\">bold</b> & more");
        String id = upload(text);

        String html = given().get("/documents/{id}", id).then().statusCode(200).extract().asString();

        assertTrue(!html.contains("<script>alert(1)"), "no script element from the text");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals(text, unescape(textBlock(html)));
    }

    @Test
    void describesTheDocumentForReferenceManagersFromItsMetadata() throws Exception {
        String html = given().get("/documents/{id}", Seeds.DEFENSE_STORY_JULY).then().statusCode(200)
                .extract().asString();

        assertTrue(html.contains("<h1>" + Seeds.DEFENSE_STORY_JULY_TITLE + "</h1>"));
        assertTrue(html.contains("<meta name=\"citation_title\" content=\"" + Seeds.DEFENSE_STORY_JULY_TITLE + "\">"));
        assertTrue(html.contains("<meta name=\"DC.title\" content=\"" + Seeds.DEFENSE_STORY_JULY_TITLE + "\">"));
        assertTrue(html.contains("<meta name=\"citation_publisher\" content=\"" + Seeds.DOD + "\">"));
        assertTrue(html.contains("<meta name=\"citation_publication_date\" content=\"2024/07/22\">"));
        assertTrue(html.contains("<meta name=\"DC.identifier\" content=\"http"));
        Matcher jsonLd = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(jsonLd.find());
        JsonNode article = new ObjectMapper().readTree(jsonLd.group(1));
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals(Seeds.DEFENSE_STORY_JULY, article.get("identifier").asText());
        assertEquals(Seeds.DOD, article.path("publisher").path("name").asText());
        assertEquals("2024-07-22", article.path("datePublished").asText());
        assertTrue(article.get("url").asText().endsWith("/documents/" + Seeds.DEFENSE_STORY_JULY));
    }

    @Test
    void showsEachFieldWithWhereItCameFromAndTheDateFlag() {
        given().get("/documents/{id}", Seeds.DEFENSE_STORY_JULY).then().statusCode(200)
                .body(containsString("extracted (original-credit-line, 95% sure)"))
                .body(containsString("<a href=\"" + Seeds.DEFENSE_NEWS_STORIES + "\" rel=\"nofollow noopener\">"))
                .body(containsString("File <span class=\"mono\">000_095111aef963144d.txt</span>"));
        given().get("/documents/{id}", Seeds.MISDATED_WEB_PAGE).then()
                .body(containsString("data-flag=\"DATE_CONTRADICTS_TEXT\""));

        String id = upload(unique("Corrected story"));
        asLibrarian().contentType("application/merge-patch+json").body("{\"publisher\": \"Librarian Press\"}")
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);
        given().get("/documents/{id}", id).then()
                .body(containsString("Librarian Press"))
                .body(containsString("corrected by admin, <time"));
    }

    @Test
    void listsARewritesSourcesAndAnOriginalsRewritesEachWithItsComparison() {
        String compare = "/documents/" + Seeds.UNTITLED_REWRITE + "/compare/" + Seeds.DEFENSE_STORY_JULY;
        String rewrite = given().get("/documents/{id}", Seeds.UNTITLED_REWRITE).then().statusCode(200)
                .extract().asString();
        assertTrue(rewrite.contains("<ul class=\"link-list\" data-sources>"));
        assertTrue(rewrite.contains("href=\"" + compare + "\""));
        assertTrue(rewrite.contains("badge-auto"));
        assertTrue(!rewrite.contains("action=\"/librarian/provenance\""), "readers get no decision forms");

        String original = given().get("/documents/{id}", Seeds.DEFENSE_STORY_JULY).then().extract().asString();
        assertTrue(original.contains("<ul class=\"link-list\" data-derivatives>"));
        assertTrue(original.contains("href=\"" + compare + "\""));
        assertTrue(!original.contains("data-sources"));
    }

    @Test
    void aRewritesPageOpensWithWhatItWasDerivedFrom() {
        Document page = Jsoup.parse(given().get("/documents/{id}", Seeds.UNTITLED_REWRITE).then().statusCode(200)
                .extract().asString());

        Element derivedFrom = page.selectFirst("header.document-head [data-derived-from]");
        assertNotNull(derivedFrom, "the block is in the page's head, above the text");
        Element source = derivedFrom.selectFirst("a[href=/documents/" + Seeds.DEFENSE_STORY_JULY + "]");
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, source.text());
        assertEquals("— " + Seeds.DOD, derivedFrom.selectFirst("[data-source-publisher]").text());
        assertEquals("auto", derivedFrom.selectFirst("[data-link-status]").text());
        assertTrue(derivedFrom.selectFirst("[data-link-score]").text().matches("0\\.\\d\\d|1\\.00"));
        assertEquals("/documents/" + Seeds.UNTITLED_REWRITE + "/compare/" + Seeds.DEFENSE_STORY_JULY,
                derivedFrom.selectFirst("a[data-compare]").attr("href"));
        String citeWithSource = derivedFrom.selectFirst("a[data-cite-with-source]").attr("href");

        assertTrue(citeWithSource.endsWith("#cite"), "it leads to the cite box");
        given().get(citeWithSource.substring(0, citeWithSource.indexOf('#'))).then().statusCode(200)
                .body(containsString("name=\"with\" value=\"source\" checked"));
    }

    @Test
    void anOriginalsPageListsItsRewritesAtTheTop() {
        Document page = Jsoup.parse(given().get("/documents/{id}", Seeds.DEFENSE_STORY_JULY).then().statusCode(200)
                .extract().asString());

        Element rewrites = page.selectFirst("header.document-head [data-derivatives]");
        assertNotNull(rewrites, "the rewrites are listed in the page's head, above the text");
        assertNotNull(rewrites.selectFirst("a[href=/documents/" + Seeds.UNTITLED_REWRITE + "]"));
        assertTrue(page.select("[data-derived-from]").isEmpty(), "an original is derived from nothing");
    }

    @Test
    void showsEachVersionsFixityFromTheLastAudit() {
        String id = upload(unique("Audited"));
        given().get("/documents/{id}", id).then().body(containsString("Not checked yet"))
                .body(containsString("No fixity audit has checked this document yet"));

        asLibrarian().post("/api/v1/audits/fixity").then().statusCode(200);

        given().get("/documents/{id}", id).then().statusCode(200)
                .body(containsString("Verified"))
                .body(not(containsString("Not checked yet")))
                .body(containsString("every version matched its SHA-256"));
        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(id))
                .body(utf8(unique("Audited, then corrected")))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);
        given().get("/documents/{id}", id).then().body(containsString("Verified"))
                .body(containsString("Not checked yet"));
    }

    @Test
    void showsAnyVersionAndWhatChangedBetweenVersions() {
        String first = "The talks end today.\nUnchanged closing line.\n";
        String id = upload(first + unique("v1"));
        String second = "The talks ended yesterday.\nUnchanged closing line.\n";
        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(id)).body(utf8(second + unique("v2")))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        String version = given().get("/documents/{id}/versions/1", id).then().statusCode(200).extract().asString();
        assertTrue(unescape(textBlock(version)).startsWith(first));
        assertTrue(version.contains("Version 1 of 2"));

        given().get("/documents/{id}/diff", id).then().statusCode(200)
                .body(containsString("Version 1 → version 2"))
                .body(containsString("</span>end today<span"))
                .body(containsString("</span>ended yesterday<span"))
                .body(containsString("[deleted: "))
                .body(containsString("Unchanged closing line."));
        given().get("/documents/{id}/diff?from=2&to=2", id).then().statusCode(200)
                .body(containsString("The two versions have the same text"));
    }

    @Test
    void explainsUnknownVersionsAndBadVersionNumbers() {
        given().get("/documents/{id}/versions/9", SEED_001).then().statusCode(404).contentType("text/html")
                .body(containsString("its versions are 1 to 1"));
        given().get("/documents/{id}/versions/abc", SEED_001).then().statusCode(400).contentType("text/html")
                .body(containsString("must be a version number"));
        given().get("/documents/{id}/diff?from=x", SEED_001).then().statusCode(400)
                .body(containsString("&#39;from&#39; must be a version number"));
        given().get("/documents/{id}/diff?from=1&to=7", SEED_001).then().statusCode(404);
    }

    private static String upload(String text) {
        return asLibrarian().contentType("text/plain").body(utf8(text)).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
    }

    private static String textBlock(String html) {
        Matcher block = TEXT_BLOCK.matcher(html);
        assertTrue(block.find(), "the page has the archived text block");
        return block.group(1);
    }
}
