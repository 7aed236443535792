package archive.web.provenance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComparePageTest {

    private static final Pattern PASSAGE = Pattern.compile(
            "<mark class=\"passage\" id=\"([ds])-(\\d+)\"><a class=\"passage-number\" href=\"#([ds])-(\\d+)\"");

    @Test
    void marksTheAlignedPassagesInBothTextsEachLinkingToItsPartner() {
        String html = given().get("/documents/{id}/compare/{source}", Seeds.UNTITLED_REWRITE,
                Seeds.DEFENSE_STORY_JULY).then().statusCode(200).contentType("text/html").extract().asString();

        Matcher passage = PASSAGE.matcher(html);
        int derived = 0;
        int source = 0;
        while (passage.find()) {
            assertFalse(passage.group(1).equals(passage.group(3)), "a passage links to the other text");
            assertTrue(passage.group(2).equals(passage.group(4)), "and to the passage with its number");
            assertTrue(html.contains("id=\"" + passage.group(3) + "-" + passage.group(4) + "\""), "partner exists");
            if (passage.group(1).equals("d")) {
                derived++;
            } else {
                source++;
            }
        }
        assertTrue(derived >= 1 && source >= 1, derived + " / " + source);
        assertTrue(html.contains(Seeds.DEFENSE_STORY_JULY_TITLE));
    }

    @Test
    void showsTwoUnlinkedTextsWithoutMarks() {
        String html = given().get("/documents/{id}/compare/{source}", Seeds.DEFENSE_STORY_JULY,
                Seeds.DEFENSE_STORY_SEPTEMBER).then().statusCode(200).extract().asString();

        assertTrue(html.contains("Detection found no link between these two documents"));
        assertFalse(html.contains("<mark class=\"passage\""));
    }

    @Test
    void answersAnUnknownDocumentWithNotFound() {
        given().get("/documents/{id}/compare/{source}", Seeds.UNTITLED_REWRITE, "0000000000000000")
                .then().statusCode(404);
    }
}
