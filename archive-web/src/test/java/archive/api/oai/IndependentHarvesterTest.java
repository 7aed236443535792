package archive.api.oai;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.NodeProject;
import archive.api.support.Seeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The archive harvested by an OAI-PMH harvester written by others, the oai-pmh package for node (src/test/node,
 * harvest-oai.mjs): Identify, the formats and sets, a set of four records over two pages of resumption tokens,
 * their Dublin Core, a MODS record and an error, as that client reads them.
 */
@QuarkusTest
class IndependentHarvesterTest {

    @Test
    void anIndependentHarvesterReadsTheRepository() throws Exception {
        String publisher = "OAI Harvester " + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = asLibrarian().contentType("text/plain").body(utf8(UnrelatedTexts.text("harvested, " + i)))
                    .post("/api/v1/documents?filename=story.txt").then().statusCode(201).extract().path("id");
            asLibrarian().contentType("application/merge-patch+json").body("{\"publisher\": \"" + publisher + "\"}")
                    .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);
            ids.add(id);
        }
        asLibrarian().contentType("application/json").body("{\"status\":\"confirmed\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", ids.get(1), ids.get(0)).then().statusCode(200);
        String set = "publisher:" + publisher.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');

        JsonNode harvested = new ObjectMapper().readTree(NodeProject.run("harvest-oai.mjs",
                List.of(Oai.baseUrl(), set, Oai.identifier(Seeds.UNTITLED_REWRITE))));

        assertEquals("localhost", harvested.at("/identify/repositoryName").asText());
        assertEquals(Oai.baseUrl(), harvested.at("/identify/baseURL").asText());
        assertEquals("2.0", harvested.at("/identify/protocolVersion").asText());
        assertEquals("persistent", harvested.at("/identify/deletedRecord").asText());
        assertEquals("YYYY-MM-DDThh:mm:ssZ", harvested.at("/identify/granularity").asText());
        assertEquals(List.of("oai_dc", "mods"), texts(harvested.get("formats")));
        assertTrue(texts(harvested.get("sets")).containsAll(List.of("originals", "rewrites", "publisher", set)));

        Set<String> identifiers = Set.copyOf(ids.stream().map(Oai::identifier).toList());
        assertEquals(4, harvested.get("identifiers").size(), harvested::toString);
        assertEquals(identifiers, Set.copyOf(texts(harvested.get("identifiers"))));
        Map<String, JsonNode> records = new TreeMap<>();
        harvested.get("records").forEach(record -> records.put(record.get("identifier").asText(), record));
        assertEquals(identifiers, records.keySet());
        // the rewrite names its source, which has no address of its own, by its archived copy
        JsonNode rewrite = records.get(Oai.identifier(ids.get(1)));
        assertEquals(List.of(Oai.permalink(ids.get(0), 1)), texts(rewrite.get("sources")));
        assertEquals(List.of(Oai.permalink(ids.get(0), 1)), texts(rewrite.get("relations")));
        assertEquals(List.of(), texts(records.get(Oai.identifier(ids.get(0))).get("sources")));

        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, harvested.at("/original/title").asText());
        assertEquals(List.of(Seeds.DEFENSE_NEWS_STORIES, Oai.permalink(Seeds.DEFENSE_STORY_JULY, 1)),
                texts(harvested.at("/original/urls")));
        assertEquals("idDoesNotExist", harvested.get("unknownRecordError").asText());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
