package archive.api.provenance;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a librarian tells the catalog about a document decides the direction of its links once it is corrected. */
@QuarkusTest
class ProvenanceAfterCorrectionApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void correctingADocumentToADefenseGovOriginalMakesItTheSourceOfItsCopy() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String body = riverCrossing(marker);
        String original = archive("Exercise Northern Lantern " + marker + "\n\n" + body);
        String copy = archive("Readers forwarded us this account of the exercise, " + marker + ".\n\n" + body
                + "\nWe will follow the story as it develops.\n");
        // Two copies of one text, neither saying it is the original: each may be the other's source, none accepted.
        double before = scoreOf(copy, original);
        double reverseBefore = scoreOf(original, copy);
        assertTrue(before > 0 && before < 0.8 && reverseBefore > 0, before + " / " + reverseBefore);

        asLibrarian().contentType(MERGE_PATCH)
                .body("{\"kind\": \"original\", \"sourceUrl\": "
                        + "\"https://www.defense.gov/News/News-Stories/Article/Article/" + marker.hashCode() + "/\"}")
                .patch("/api/v1/documents/{id}/metadata", original)
                .then().statusCode(200);

        given().get("/api/v1/documents/{id}/provenance", copy)
                .then().statusCode(200)
                .body("candidates[0].sourceId", equalTo(original))
                .body("candidates[0].status", equalTo("auto"))
                .body("candidates[0].signals.sourceAuthoritative", equalTo(true));
        double after = scoreOf(copy, original);
        assertTrue(after > before, "the copy's link to the original: " + before + " before, " + after + " after");
        // A defense.gov original does not copy from a copy: that direction loses its weight.
        double reverseAfter = scoreOf(original, copy);
        assertTrue(reverseAfter < reverseBefore, "the original's link to the copy: " + reverseBefore + " before, "
                + reverseAfter + " after");
    }

    @Test
    void aCorrectionOfOtherFieldsLeavesProvenanceAsItWas() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String body = harborDrill(marker);
        String first = archive("Channel Clearance Drill " + marker + "\n\n" + body);
        String second = archive("Readers forwarded us this account, " + marker + ".\n\n" + body);
        JsonPath before = provenance(second);
        assertTrue(scoreOf(second, first) > 0, before.prettify());

        asLibrarian().contentType(MERGE_PATCH).body("{\"title\": \"Channel Clearance Drill\"}")
                .patch("/api/v1/documents/{id}/metadata", first)
                .then().statusCode(200);

        assertEquals(before.getList("candidates"), provenance(second).getList("candidates"));
    }

    /**
     * The same story on two DoD outlets and a copy that credits neither in its text: the source a librarian records
     * for the copy (its credit line in the catalog) is the one it links to first.
     */
    @Test
    void theSourceACopyIsCreditedWithInTheCatalogComesFirst() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String body = runwayRepair(marker);
        String defenseGov = archive("Runway Repair Race " + marker + "\n\n" + body);
        String dvids = archive("Runway Repair Race " + marker + "\nDVIDS\n\n" + body);
        String dvidsUrl = "https://www.dvidshub.net/news/" + Math.abs(marker.hashCode()) + "/runway-repair-race";
        correct(defenseGov, "{\"kind\": \"original\", \"sourceUrl\": "
                + "\"https://www.defense.gov/News/News-Stories/Article/Article/" + Math.abs(marker.hashCode()) + "/\"}");
        correct(dvids, "{\"kind\": \"original\", \"sourceUrl\": \"" + dvidsUrl + "\"}");
        String copy = archive("From our correspondents, " + marker + ".\n\n" + body);
        double toDvidsBefore = scoreOf(copy, dvids);
        assertTrue(toDvidsBefore > 0 && scoreOf(copy, defenseGov) > 0, provenance(copy).prettify());

        correct(copy, "{\"kind\": \"rewrite\", \"sourceUrl\": \"" + dvidsUrl + "\"}");

        given().get("/api/v1/documents/{id}/provenance", copy)
                .then().statusCode(200)
                .body("candidates[0].sourceId", equalTo(dvids))
                .body("candidates[0].signals.credit", equalTo("EXACT"));
        assertTrue(scoreOf(copy, dvids) > toDvidsBefore, provenance(copy).prettify());
        assertTrue(scoreOf(copy, dvids) > scoreOf(copy, defenseGov), provenance(copy).prettify());
    }

    /** Passages archived twice are furniture if many documents share them: each test has a passage of its own. */
    private static String riverCrossing(String marker) {
        return "Soldiers of the Lantern brigade " + marker + " crossed the frozen river at dawn after three days of "
                + "waiting for the ice to hold the weight of their armored vehicles.\n"
                + "The brigade commander said the crossing tested every engineer in the unit and that the bridging "
                + "teams worked through two storms to finish the approach ramps.\n"
                + "Allied observers from four nations watched from the northern bank as the first tanks rolled onto "
                + "the ice shortly before sunrise.\n"
                + "\"We trained for this for a year, and the river still surprised us,\" said the brigade's senior "
                + "enlisted leader, who walked the route on foot before the column moved.\n"
                + "Medics staged warming tents every kilometer along the route, and no cold injuries were reported "
                + "during the crossing or the march to the assembly area that followed.\n";
    }

    private static String harborDrill(String marker) {
        return "Sailors of the harbor defense group " + marker + " cleared a simulated minefield from the shipping "
                + "channel in under nine hours, a third faster than the group's previous best.\n"
                + "Divers worked from inflatable boats while unmanned underwater vehicles mapped the seabed ahead of "
                + "them, sending sonar images back to a command van parked on the pier.\n"
                + "\"The drones find the contacts and the divers make the call,\" the group's operations officer "
                + "said as the last practice mine was lifted onto the deck of a tug.\n"
                + "Port authorities held two container ships outside the breakwater until the channel was declared "
                + "clear in the early evening.\n";
    }

    private static String runwayRepair(String marker) {
        return "Airmen of the rapid airfield damage repair team " + marker + " filled eleven simulated craters in a "
                + "runway in under six hours, clearing the strip for a cargo aircraft before nightfall.\n"
                + "The team mixed fast-setting concrete in trucks parked at the edge of the runway while surveyors "
                + "checked every patch with lasers before it was allowed to cure.\n"
                + "\"Every minute the runway is closed is a minute the aircraft cannot land,\" the team's "
                + "superintendent said as the last crater was smoothed and marked.\n"
                + "Engineers from two partner air forces joined the exercise and will run the same drill at their "
                + "own bases next spring.\n";
    }

    private static void correct(String id, String patch) {
        asLibrarian().contentType(MERGE_PATCH).body(patch).patch("/api/v1/documents/{id}/metadata", id)
                .then().statusCode(200);
    }

    private static String archive(String text) {
        return asLibrarian().contentType("text/plain").body(utf8(text)).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
    }

    private static JsonPath provenance(String id) {
        return given().get("/api/v1/documents/{id}/provenance", id).then().statusCode(200).extract().jsonPath();
    }

    /** The score of the derived document's link to the source, 0 when there is none. */
    private static double scoreOf(String derived, String source) {
        List<Map<String, Object>> candidates = provenance(derived).getList("candidates");
        return candidates.stream().filter(candidate -> source.equals(candidate.get("sourceId")))
                .mapToDouble(candidate -> ((Number) candidate.get("score")).doubleValue()).findFirst().orElse(0);
    }
}
