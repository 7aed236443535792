package archive.web.documents;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY_TITLE;
import static archive.api.support.Seeds.UNTITLED_REWRITE;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static archive.web.support.Html.unescape;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cite box rendered on the server: what readers without JavaScript get. */
@QuarkusTest
class CiteBoxTest {

    private static final Pattern CITATION = Pattern.compile(
            "<pre class=\"citation\" id=\"citation-output\"[^>]*>(.*?)</pre>", Pattern.DOTALL);

    @Test
    void citesInApaByDefaultNamingTheSourceOfARewrite() {
        String citation = citation("/documents/" + UNTITLED_REWRITE);

        String api = given().get("/api/v1/documents/{id}/citation?style=apa", UNTITLED_REWRITE).path("citation");
        assertEquals(api, unescape(citation));
        assertTrue(citation.contains(DEFENSE_STORY_JULY_TITLE), citation);
    }

    @Test
    void rendersTheChosenStyleFormatAndSource() {
        String page = "/documents/" + UNTITLED_REWRITE;
        // A submitted form without the box ticked cites the rewrite alone.
        String mla = citation(page + "?style=modern-language-association");
        String apa = citation(page + "?style=apa");
        assertFalse(mla.equals(apa));
        assertEquals(given().get("/api/v1/documents/{id}/citation?style=modern-language-association&with=none",
                UNTITLED_REWRITE).path("citation"), unescape(mla));
        // A first visit cites it with its source, as the API does by default.
        assertEquals(given().get("/api/v1/documents/{id}/citation", UNTITLED_REWRITE).path("citation"),
                unescape(citation(page)));

        String html = citation(page + "?style=apa&format=html");
        assertTrue(html.startsWith("&lt;div class=&quot;csl-entry&quot;&gt;"), "HTML shown as its markup: " + html);

        String both = citation(page + "?with=source");
        assertEquals(given().get("/api/v1/documents/{id}/citation?with=source", UNTITLED_REWRITE).path("citation"),
                unescape(both));
    }

    @Test
    void anyStyleIdTypedInWinsOverThePicker() {
        String ieee = given().get("/api/v1/documents/{id}/citation?style=ieee", DEFENSE_STORY_JULY).path("citation");
        assertEquals(ieee, unescape(citation("/documents/" + DEFENSE_STORY_JULY + "?style=apa&anyStyle=ieee")));
    }

    @Test
    void offersCiteWithSourceOnlyForARewriteWithAnAcceptedSource() {
        assertTrue(page("/documents/" + UNTITLED_REWRITE).contains("name=\"with\" value=\"source\""));
        assertFalse(page("/documents/" + DEFENSE_STORY_JULY).contains("name=\"with\" value=\"source\""));
    }

    @Test
    void explainsAnUnknownStyleInsteadOfFailing() {
        String html = page("/documents/" + DEFENSE_STORY_JULY + "?anyStyle=no-such-style");
        assertTrue(html.contains("No citation style has the id &#39;no-such-style&#39;")
                || html.contains("No citation style has the id 'no-such-style'"), html);
    }

    @Test
    void linksTheExports() {
        String html = page("/documents/" + DEFENSE_STORY_JULY);
        for (String format : new String[] {"bibtex", "ris", "csl-json"}) {
            String link = "/api/v1/documents/" + DEFENSE_STORY_JULY + "/export?format=" + format;
            assertTrue(html.contains("href=\"" + link + "\""), format);
            given().get(link).then().statusCode(200);
        }
    }

    @Test
    void aTitleWithMarkupStaysTextInTheCitation() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("A story about the Pentagon.")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        asLibrarian().contentType("application/merge-patch+json").body("{\"title\": \"<script>alert(1)</script>\"}")
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);

        assertFalse(page("/documents/" + id).contains("<script>alert(1)"));
        assertTrue(citation("/documents/" + id).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        // citeproc-java escapes the title in its HTML, so the markup offered for pasting is inert too.
        assertFalse(page("/documents/" + id + "?format=html").contains("<script>alert(1)"));
        assertTrue(unescape(citation("/documents/" + id + "?format=html"))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).contentType("text/html").extract().asString();
    }

    private static String citation(String path) {
        Matcher matcher = CITATION.matcher(page(path));
        assertTrue(matcher.find(), "the page has a citation");
        return matcher.group(1);
    }
}
