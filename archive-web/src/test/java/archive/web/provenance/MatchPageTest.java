package archive.web.provenance;

import static archive.web.support.LibrarianSession.asSignedInLibrarian;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.api.support.SeedsOnlyArchive;
import archive.api.support.Texts;
import archive.core.config.ArchiveConfig;
import archive.web.support.LibrarianSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "where does this text come from?" page, in an archive of the seeds alone. */
@QuarkusTest
@TestProfile(SeedsOnlyArchive.class)
class MatchPageTest {

    private static final Pattern SOURCE = Pattern.compile("<li class=\"result match\" id=\"source-(\\d+)\" "
            + "data-source=\"([0-9a-f]{16})\">");
    private static final Pattern PASSAGE = Pattern.compile(
            "<mark class=\"passage\" id=\"m1-([ps])-(\\d+)\"><a class=\"passage-number\" href=\"#m1-([ps])-(\\d+)\"");

    @Inject
    ArchiveConfig config;

    @Test
    void offersAFormThatWorksWithoutScriptAndIsLinkedFromTheHomePage() {
        given().get("/provenance/match").then().statusCode(200).contentType("text/html")
                .body(containsString("<h1>Where does this text come from?</h1>"))
                .body(containsString("<form class=\"stacked-form match-form\" method=\"post\" "
                        + "action=\"/provenance/match\" enctype=\"multipart/form-data\">"))
                .body(containsString("<input type=\"hidden\" name=\"csrf-token\" value=\""))
                .body(containsString("<label for=\"text\">Text to trace</label>"))
                .body(containsString("href=\"/provenance/match\" aria-current=\"page\""));
        given().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/provenance/match\">Find where it comes from</a>"));
    }

    @Test
    void listsTheSourceOfAPastedRewriteFirstWithItsShareAndBothTextsAligned() {
        String pasted = Texts.seed("001_14e58095c9a75005.txt");
        long before = given().get("/api/v1/documents").jsonPath().getLong("total");

        String html = given().multiPart(text(pasted)).post("/provenance/match").then().statusCode(200)
                .contentType("text/html").extract().asString();

        List<String> sources = new ArrayList<>();
        Matcher source = SOURCE.matcher(html);
        while (source.find()) {
            assertEquals(String.valueOf(sources.size() + 1), source.group(1));
            sources.add(source.group(2));
        }
        assertEquals(Seeds.DEFENSE_STORY_JULY, sources.get(0), sources::toString);
        double share = given().contentType("text/plain; charset=utf-8").body(Texts.utf8(pasted))
                .post("/api/v1/provenance/match").jsonPath().getDouble("candidates[0].explainedShare");
        String first = html.substring(html.indexOf("id=\"source-1\""), html.indexOf("id=\"source-2\""));
        Matcher shown = Pattern.compile("<span data-share>(\\d+)%</span> of your text").matcher(first);
        assertTrue(shown.find(), first);
        assertEquals(share * 100, Integer.parseInt(shown.group(1)), 0.5 + 0.05, "the API rounds to 0.001");
        assertTrue(first.contains("<span class=\"badge badge-auto\">accepted</span>"), first);
        assertTrue(first.contains("href=\"/documents/" + Seeds.DEFENSE_STORY_JULY + "#cite\">Cite the source</a>"));
        assertTrue(first.contains("<details class=\"match-aligned\" open>"));
        assertTrue(first.contains(Seeds.DEFENSE_STORY_JULY_TITLE));

        Matcher passage = PASSAGE.matcher(first);
        int pastedMarks = 0;
        int sourceMarks = 0;
        while (passage.find()) {
            assertFalse(passage.group(1).equals(passage.group(3)), "a passage links to the other text");
            assertEquals(passage.group(2), passage.group(4), "and to the passage with its number");
            assertTrue(first.contains("id=\"m1-" + passage.group(3) + "-" + passage.group(4) + "\""), "partner");
            if (passage.group(1).equals("p")) {
                pastedMarks++;
            } else {
                sourceMarks++;
            }
        }
        assertTrue(pastedMarks >= 1 && pastedMarks == sourceMarks, pastedMarks + " / " + sourceMarks);
        assertEquals(before, given().get("/api/v1/documents").jsonPath().getLong("total"), "nothing is stored");
    }

    @Test
    void saysSoWhenNothingInTheArchiveSharesTheText() {
        given().multiPart(text("Nothing like anything archived: zebra quantum marmalade."))
                .post("/provenance/match").then().statusCode(200)
                .body(containsString("No source found"))
                .body(containsString("Nothing in the archive shares meaningful text"))
                .body(containsString("zebra quantum marmalade"));
    }

    @Test
    void explainsARefusalAndKeepsTheText() {
        given().multiPart(text("")).post("/provenance/match").then().statusCode(400).contentType("text/html")
                .body(containsString("There is nothing to look up"))
                .body(containsString("<form class=\"stacked-form match-form\""));
        given().multiPart(text("  \r\n  ")).post("/provenance/match").then().statusCode(400)
                .body(containsString("There is nothing to look up"));
        given().multiPart(text("<b>kept</b> words \u0001 and more")).post("/provenance/match").then().statusCode(415)
                .body(containsString("This does not look like text"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("&lt;b&gt;kept&lt;/b&gt; words"))
                .body(not(containsString("<b>kept</b>")));
    }

    @Test
    void refusesATextAboveTheUploadLimitWithAMessage() {
        String huge = "a".repeat((int) config.maxUploadBytes() + 1);

        given().multiPart(text(huge)).post("/provenance/match").then().statusCode(413).contentType("text/html")
                .body(containsString("This text is larger than 10 MB"));
    }

    @Test
    void asksSignedInReadersForTheFormsCsrfToken() {
        String pasted = Texts.seed("001_14e58095c9a75005.txt");
        given().cookie(LibrarianSession.COOKIE, LibrarianSession.signIn()).multiPart(text(pasted))
                .post("/provenance/match").then().statusCode(403);
        asSignedInLibrarian().multiPart(text(pasted)).post("/provenance/match").then().statusCode(200)
                .body(containsString("data-source=\"" + Seeds.DEFENSE_STORY_JULY + "\""));
    }

    /** The text area as browsers send it: UTF-8, CRLF line breaks. */
    private static MultiPartSpecification text(String value) {
        return new MultiPartSpecBuilder(value.replace("\n", "\r\n").replace("\r\r\n", "\r\n")).controlName("text")
                .mimeType("text/plain").charset("UTF-8").build();
    }
}
