package archive.api.provenance;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Texts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProvenanceApiTest {

    private static final String ORIGINAL_000 = "095111aef963144d";
    private static final String PARAPHRASE_001 = "14e58095c9a75005";
    private static final String ORIGINAL_002 = "58eaaafefa4de3bf";
    private static final String SAME_EVENT_003 = "1aacb8dbb6810538";
    private static final String WEB_PAGE_004 = "ae93cf49b4b6e044";

    @Test
    void theParaphraseLinksToItsDefenseGovOriginalAutomatically() {
        given().get("/api/v1/documents/{id}/provenance", PARAPHRASE_001)
                .then().statusCode(200)
                .body("candidates[0].sourceId", equalTo(ORIGINAL_000))
                .body("candidates[0].relation", equalTo("paraphrase"))
                .body("candidates[0].status", equalTo("auto"))
                .body("candidates[0].evidence.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void theWebPageLinksToTheOriginalWithTheSharedQuotationsAsEvidence() throws Exception {
        JsonPath provenance = given().get("/api/v1/documents/{id}/provenance", WEB_PAGE_004).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(ORIGINAL_000, provenance.getString("candidates[0].sourceId"));
        List<Map<String, Object>> evidence = provenance.getList("candidates[0].evidence");
        assertTrue(evidence.stream().anyMatch(p -> "quotation".equals(p.get("kind"))), evidence::toString);

        // Offsets point into both texts exactly.
        String derived = Files.readString(Path.of("../seeds/004_ae93cf49b4b6e044.txt"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("../seeds/000_095111aef963144d.txt"), StandardCharsets.UTF_8);
        for (Map<String, Object> passage : evidence) {
            Map<?, ?> d = (Map<?, ?>) passage.get("derived");
            Map<?, ?> s = (Map<?, ?>) passage.get("source");
            assertEquals(d.get("text"), derived.substring((Integer) d.get("start"), (Integer) d.get("end")));
            assertEquals(s.get("text"), source.substring((Integer) s.get("start"), (Integer) s.get("end")));
        }
    }

    @Test
    void theSameEventArticleIsProposedNotAccepted() {
        given().get("/api/v1/documents/{id}/provenance", SAME_EVENT_003)
                .then().statusCode(200)
                .body("candidates[0].sourceId", equalTo(ORIGINAL_000))
                .body("candidates[0].relation", equalTo("same-event"))
                .body("candidates[0].status", equalTo("proposed"));
    }

    @Test
    void originalsHaveNoAcceptedSource() {
        for (String original : List.of(ORIGINAL_000, ORIGINAL_002)) {
            given().get("/api/v1/documents/{id}/provenance", original)
                    .then().statusCode(200)
                    .body("candidates.status", not(hasItem("auto")))
                    .body("candidates.score", everyItem(lessThan(0.8f)));
        }
    }

    @Test
    void theOlderOriginalIsNeverOutrankedByTheLaterOne() {
        for (String rewrite : List.of(PARAPHRASE_001, WEB_PAGE_004)) {
            given().get("/api/v1/documents/{id}/provenance", rewrite)
                    .then().body("candidates[0].sourceId", equalTo(ORIGINAL_000));
        }
    }

    @Test
    void listsTheDerivativesOfAnOriginal() {
        given().get("/api/v1/documents/{id}/derivatives", ORIGINAL_000)
                .then().statusCode(200)
                .body("derivatives.documentId", hasItem(PARAPHRASE_001))
                .body("derivatives.documentId", hasItem(WEB_PAGE_004));
    }

    @Test
    void matchesATextThatIsNotArchived() throws Exception {
        String excerpt = Files.readString(Path.of("../seeds/000_095111aef963144d.txt"), StandardCharsets.UTF_8)
                .substring(90, 1400);
        long before = given().get("/api/v1/documents").jsonPath().getLong("total");
        given().contentType("text/plain; charset=utf-8").body(utf8("Reader mail, " + unique("matched") + "\n" + excerpt))
                .post("/api/v1/provenance/match")
                .then().statusCode(200)
                .body("candidates[0].sourceId", equalTo(ORIGINAL_000))
                .body("candidates[0].evidence.size()", greaterThanOrEqualTo(1));
        assertEquals(before, given().get("/api/v1/documents").jsonPath().getLong("total"));
        given().contentType("text/plain").body(new byte[0]).post("/api/v1/provenance/match")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body(utf8("Nothing like anything archived: zebra quantum marmalade."))
                .post("/api/v1/provenance/match")
                .then().statusCode(200).body("candidates.size()", equalTo(0));
    }

    @Test
    void aLibrarianDecidesAndTheDecisionSurvivesRedetection() {
        String rewrite = "Security talks report. " + excerptOfSeed002() + "\n" + unique("decision");
        String id = asLibrarian().contentType("text/plain").body(utf8(rewrite)).post("/api/v1/documents")
                .path("id");
        asLibrarian().contentType("application/json").body("{\"status\":\"rejected\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", id, ORIGINAL_002)
                .then().statusCode(200)
                .body("status", equalTo("rejected"))
                .body("decidedBy", equalTo("admin"));

        String etag = given().get("/api/v1/documents/{id}/text", id).header("ETag");
        asLibrarian().contentType("text/plain").header("If-Match", etag).body(utf8(rewrite + " Updated."))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        given().get("/api/v1/documents/{id}/provenance", id)
                .then().body("candidates.find { it.sourceId == '" + ORIGINAL_002 + "' }.status", equalTo("rejected"));
        given().get("/api/v1/documents/{id}/events", id).then().body("type", hasItem("provenance-decision"));
    }

    @Test
    void refusesBadDecisions() {
        asLibrarian().contentType("application/json").body("{\"status\":\"maybe\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", PARAPHRASE_001, ORIGINAL_000)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("confirmed"));
        asLibrarian().contentType("application/json").body("{\"status\":\"confirmed\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", PARAPHRASE_001, PARAPHRASE_001)
                .then().statusCode(400).body("detail", containsString("own source"));
        asLibrarian().contentType("application/json").body("{\"status\":\"confirmed\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", PARAPHRASE_001, "ffffffffffffffff")
                .then().statusCode(404);
        given().contentType("application/json").body("{\"status\":\"confirmed\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", PARAPHRASE_001, ORIGINAL_000)
                .then().statusCode(401);
        given().get("/api/v1/documents/{id}/provenance", "ffffffffffffffff").then().statusCode(404);
    }

    private static String excerptOfSeed002() {
        return Texts.seed("002_58eaaafefa4de3bf.txt").substring(90, 1600);
    }
}
