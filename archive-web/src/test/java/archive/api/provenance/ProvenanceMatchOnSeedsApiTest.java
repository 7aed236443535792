package archive.api.provenance;

import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.api.support.SeedsOnlyArchive;
import archive.api.support.Texts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a look-up finds for texts taken from the seeds, in an archive of the seeds alone. */
@QuarkusTest
@TestProfile(SeedsOnlyArchive.class)
class ProvenanceMatchOnSeedsApiTest {

    private static final String SEED_000 = "000_095111aef963144d.txt";

    @Test
    void listsTheSourceFirstWithItsVerdictShareAndEvidenceAndStoresNothing() {
        String pasted = Texts.seed("001_14e58095c9a75005.txt");
        long before = given().get("/api/v1/documents").jsonPath().getLong("total");

        JsonPath match = match(utf8(pasted)).statusCode(200).extract().jsonPath();

        assertEquals(Seeds.DEFENSE_STORY_JULY, match.getString("candidates[0].sourceId"));
        assertTrue(match.getBoolean("candidates[0].wouldAccept"));
        assertFalse(match.getBoolean("candidates[0].wouldPropose"));
        assertNull(match.get("reason"));
        assertNull(match.get("candidates[0].status"), "a text that is not archived has no link");
        String source = Texts.seed(SEED_000);
        List<Map<String, Object>> evidence = match.getList("candidates[0].evidence");
        assertFalse(evidence.isEmpty());
        for (Map<String, Object> passage : evidence) {
            Map<?, ?> derived = (Map<?, ?>) passage.get("derived");
            Map<?, ?> inSource = (Map<?, ?>) passage.get("source");
            assertEquals(derived.get("text"), pasted.substring((Integer) derived.get("start"),
                    (Integer) derived.get("end")));
            assertEquals(inSource.get("text"), source.substring((Integer) inSource.get("start"),
                    (Integer) inSource.get("end")));
        }
        assertEquals(explainedShare(evidence, pasted.length()), match.getDouble("candidates[0].explainedShare"),
                0.001);
        assertEquals(before, given().get("/api/v1/documents").jsonPath().getLong("total"));
    }

    @Test
    void findsTheSourceOfASingleCopiedSentence() {
        String seed = Texts.seed(SEED_000);
        int start = seed.indexOf("The Joint Security Cooperation Dialogue");
        String sentence = seed.substring(start, seed.indexOf("Washington.", start) + "Washington.".length());

        match(utf8(sentence)).statusCode(200)
                .body("candidates[0].sourceId", equalTo(Seeds.DEFENSE_STORY_JULY))
                .body("candidates[0].evidence[0].derived.start", equalTo(0));
    }

    @Test
    void aWholeArticleOnOneLineIsMatchedOrExplained() {
        JsonPath match = match(utf8(Texts.seed(SEED_000).replace('\n', ' '))).statusCode(200).extract().jsonPath();

        if (match.getList("candidates").isEmpty()) {
            assertTrue(match.getString("reason").contains("single line"), match.prettify());
        } else {
            assertEquals(Seeds.DEFENSE_STORY_JULY, match.getString("candidates[0].sourceId"));
        }
    }

    private static ValidatableResponse match(byte[] body) {
        return given().contentType("text/plain; charset=utf-8").body(body).post("/api/v1/provenance/match").then();
    }

    /** Characters of the text inside some passage, over its length. */
    private static double explainedShare(List<Map<String, Object>> evidence, int length) {
        boolean[] explained = new boolean[length];
        for (Map<String, Object> passage : evidence) {
            Map<?, ?> derived = (Map<?, ?>) passage.get("derived");
            Arrays.fill(explained, (Integer) derived.get("start"), (Integer) derived.get("end"), true);
        }
        int count = 0;
        for (boolean character : explained) {
            count += character ? 1 : 0;
        }
        return count / (double) length;
    }
}
