package archive.api.bags;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import archive.api.support.Bags;
import archive.api.support.Seeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed 001's evidence that it is a rewrite of seed 000, bagged, verified by bagit-java, read as Web Annotations. */
@QuarkusTest
class EvidenceBagApiTest {

    private static final String REWRITE = Seeds.UNTITLED_REWRITE;
    private static final String SOURCE = Seeds.DEFENSE_STORY_JULY;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temporary;

    @Test
    void theBagHoldsBothTextsTheLinkAndEveryPassageAsAnAnnotation() throws Exception {
        Response response = given().get("/api/v1/documents/{id}/provenance/{source}/bag", REWRITE, SOURCE);
        response.then().statusCode(200).contentType("application/zip");
        Path base = Bags.unzip(response.asByteArray(), temporary);
        Bags.verified(base);
        Path data = base.resolve("data");

        byte[] source = given().get("/api/v1/documents/{id}/text", SOURCE).asByteArray();
        assertArrayEquals(source, Files.readAllBytes(data.resolve("source.txt")));
        assertArrayEquals(given().get("/api/v1/documents/{id}/text", REWRITE).asByteArray(),
                Files.readAllBytes(data.resolve("rewrite.txt")));

        JsonNode link = json.readTree(data.resolve("link.json").toFile());
        JsonNode candidate = candidate(json.readTree(given().get("/api/v1/documents/{id}/provenance", REWRITE)
                .asByteArray()));
        assertEquals(candidate, link, "the link as GET …/provenance gives it");
        JsonNode passages = link.get("evidence");
        assertFalse(passages.isEmpty(), "the seeds share passages");

        JsonNode annotations = json.readTree(data.resolve("annotations.jsonld").toFile());
        assertEquals("http://www.w3.org/ns/anno.jsonld", annotations.get("@context").asText());
        JsonNode items = annotations.at("/first/items");
        assertEquals(passages.size(), items.size(), "one annotation per passage");
        String sourceText = new String(source, StandardCharsets.UTF_8);
        for (int i = 0; i < items.size(); i++) {
            JsonNode annotation = items.get(i);
            JsonNode passage = passages.get(i);
            assertEquals("Annotation", annotation.get("type").asText());
            assertEquals(address("/documents/" + REWRITE + "/versions/1"), annotation.at("/target/source").asText());
            assertEquals(address("/documents/" + SOURCE + "/versions/1"), annotation.at("/body/source").asText());
            assertSelects(annotation.get("target"), passage.get("derived"));
            assertSelects(annotation.get("body"), passage.get("source"));
            JsonNode position = annotation.at("/body/selector/1");
            assertEquals(annotation.at("/body/selector/0/exact").asText(), sourceText.substring(
                    sourceText.offsetByCodePoints(0, position.get("start").asInt()),
                    sourceText.offsetByCodePoints(0, position.get("end").asInt())),
                    "the position selector finds the quote in seed 000's text");
        }
        Bags.assertRefusedAfterFlippingAByteOf(base, data.resolve("source.txt"));
    }

    @Test
    void aSourceWithoutALinkHasNoEvidence() {
        given().get("/api/v1/documents/{id}/provenance/{source}/bag", SOURCE, REWRITE).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/link-not-found"));
        given().get("/api/v1/documents/{id}/provenance/{source}/bag", REWRITE, "0000000000000000").then()
                .statusCode(404).body("type", equalTo("/problems/document-not-found"));
    }

    private static void assertSelects(JsonNode specific, JsonNode span) {
        assertEquals("TextQuoteSelector", specific.at("/selector/0/type").asText());
        assertEquals(span.get("text").asText(), specific.at("/selector/0/exact").asText());
        assertEquals("TextPositionSelector", specific.at("/selector/1/type").asText());
    }

    private JsonNode candidate(JsonNode candidates) {
        for (JsonNode candidate : candidates.get("candidates")) {
            if (candidate.get("sourceId").asText().equals(SOURCE)) {
                return candidate;
            }
        }
        throw new AssertionError(REWRITE + " has no candidate " + SOURCE);
    }

    private static String address(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }
}
