package archive.api.citations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.Seeds;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSL-JSON export of every seed, rendered by citeproc-js (the reference CSL processor), reads the same as this
 * API's citation rendered by citeproc-java.
 */
@QuarkusTest
class CiteprocJsComparisonTest {

    private static final List<String> SEEDS = List.of(Seeds.DEFENSE_STORY_JULY, Seeds.UNTITLED_REWRITE,
            Seeds.DEFENSE_STORY_SEPTEMBER, Seeds.THX_REWRITE, Seeds.MISDATED_WEB_PAGE);

    @ParameterizedTest
    @ValueSource(strings = {"apa", "ieee", "harvard-cite-them-right"})
    void sameTextAsCiteprocJs(String style) throws Exception {
        assertEquals(normalized(CiteprocJs.render(style, exportedItems())), normalized(citations(style)));
    }

    /**
     * citeproc-java title-cases "U.S. and" as "U.S. And" (it takes the abbreviation's period for the end of a
     * sentence); citeproc-js keeps the stop word lower-case. Otherwise the entries agree.
     */
    @ParameterizedTest
    @ValueSource(strings = {"modern-language-association", "chicago-author-date", "chicago-notes-bibliography"})
    void titleCasingStylesDifferOnlyInTheStopWordAfterAnAbbreviation(String style) throws Exception {
        List<String> ours = normalized(citations(style)).stream()
                .map(entry -> entry.replace("U.S. And", "U.S. and")).toList();

        assertEquals(normalized(CiteprocJs.render(style, exportedItems())), ours);
    }

    private static String exportedItems() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode items = json.createArrayNode();
        for (String id : SEEDS) {
            items.addAll((ArrayNode) json.readTree(
                    given().get("/api/v1/documents/{id}/export?format=csl-json", id).then().statusCode(200)
                            .extract().asString()));
        }
        return items.toString();
    }

    private static List<String> citations(String style) {
        return SEEDS.stream().map(id -> given().get("/api/v1/documents/{id}/citation?style={style}", id, style)
                .then().statusCode(200).extract().<String>path("citation")).toList();
    }

    /**
     * What is not content: citeproc-js ends entries with a newline and separates a numeric label from the entry
     * ("[1] Title"), citeproc-java's text output does neither ("[1]Title"); either may use non-breaking spaces.
     */
    private static List<String> normalized(List<String> entries) {
        return entries.stream()
                .map(entry -> entry.replace('\u00a0', ' ').replace('\u202f', ' ')
                        .replaceAll("^\\[(\\d+)\\]\\s*", "[$1] ")
                        .replaceAll("\\s+", " ")
                        .strip())
                .toList();
    }
}
