package archive.api.provenance;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Texts;
import archive.core.config.ArchiveConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/provenance/match: every archived text that shares meaningful text, what detection would decide, why
 * nothing was found, and what it refuses. How it ranks the seeds: {@link ProvenanceMatchOnSeedsApiTest}.
 */
@QuarkusTest
class ProvenanceMatchApiTest {

    private static final String SEED_000 = "000_095111aef963144d.txt";

    @Inject
    ArchiveConfig config;

    @Test
    void saysOfEveryCandidateWhatDetectionDecidesOnceTheTextIsArchived() {
        String pasted = "Reader mail, " + unique("verdicts") + Texts.seed(SEED_000).substring(90, 1400);

        List<Map<String, Object>> candidates = match(utf8(pasted)).statusCode(200).extract().jsonPath()
                .getList("candidates");
        String id = asLibrarian().contentType("text/plain").body(utf8(pasted)).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        Map<String, String> recorded = given().get("/api/v1/documents/{id}/provenance", id).jsonPath()
                .<Map<String, Object>>getList("candidates").stream()
                .collect(Collectors.toMap(link -> (String) link.get("sourceId"), link -> (String) link.get("status")));

        assertTrue(candidates.size() > recorded.size(), "candidates nobody would link are listed too: " + candidates);
        for (Map<String, Object> candidate : candidates) {
            String status = recorded.get((String) candidate.get("sourceId"));
            assertEquals("auto".equals(status), candidate.get("wouldAccept"), candidate::toString);
            assertEquals("proposed".equals(status), candidate.get("wouldPropose"), candidate::toString);
        }
    }

    @Test
    void anEmptyListSaysWhyNothingWasFound() {
        match(utf8("Nothing like anything archived: zebra quantum marmalade."))
                .statusCode(200)
                .body("candidates.size()", equalTo(0))
                .body("reason", containsString("Nothing in the archive shares meaningful text"));
        match(utf8("Home\nNews\nRelated News\nIraq News USA News\nhttps://www.defense.gov/News/News-Stories/\n"
                + "Share\nPrint\n"))
                .statusCode(200)
                .body("candidates.size()", equalTo(0))
                .body("reason", containsString("no sentence of article content"));
        match(utf8("Hegseth Meets Iraqi Counterpart")).statusCode(200)
                .body("candidates.size()", equalTo(0))
                .body("reason", containsString("single line"));
    }

    @Test
    void refusesEmptyAndBlankTexts() {
        problem(match(new byte[0]), 400, "empty");
        problem(match(utf8(" \n\t\n ")), 400, "white space");
    }

    @Test
    void refusesATextAboveTheUploadLimit() {
        byte[] huge = new byte[(int) config.maxUploadBytes() + 1];
        Arrays.fill(huge, (byte) 'a');
        problem(match(huge), 413, String.valueOf(config.maxUploadBytes()));
    }

    @Test
    void refusesBinaryAndInvalidUtf8() {
        problem(match(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0}), 415, "UTF-8");
        problem(match("Words, then a NUL\0 byte.".getBytes(StandardCharsets.UTF_8)), 415, "binary");
        problem(match(new byte[] {'c', 'a', 'f', (byte) 0xe9}), 415, "not valid UTF-8");
    }

    private static ValidatableResponse match(byte[] body) {
        return given().contentType("text/plain; charset=utf-8").body(body).post("/api/v1/provenance/match").then();
    }

    private static void problem(ValidatableResponse response, int status, String detail) {
        response.statusCode(status).contentType("application/problem+json").body("detail", containsString(detail));
    }
}
