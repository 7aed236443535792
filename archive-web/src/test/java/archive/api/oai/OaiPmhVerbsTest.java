package archive.api.oai;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each verb, as a harvester meets it, on the seed documents. */
@QuarkusTest
class OaiPmhVerbsTest {

    private static final String REWRITE_001 = Seeds.UNTITLED_REWRITE;
    private static final String ORIGINAL_000 = Seeds.DEFENSE_STORY_JULY;

    @Test
    void identifyDescribesTheRepository() {
        OaiResponse identify = Oai.get("verb", "Identify");
        assertEquals(List.of(), identify.errors());
        assertEquals(Map.of("verb", "Identify"), identify.requestArguments());
        assertEquals("localhost", identify.text("//oai:Identify/oai:repositoryName"));
        assertEquals(Oai.baseUrl(), identify.text("//oai:Identify/oai:baseURL"));
        assertEquals(Oai.baseUrl(), identify.text("/oai:OAI-PMH/oai:request"));
        assertEquals("2.0", identify.text("//oai:Identify/oai:protocolVersion"));
        assertEquals("archive-admin@example.org", identify.text("//oai:Identify/oai:adminEmail"));
        assertEquals("persistent", identify.text("//oai:Identify/oai:deletedRecord"));
        assertEquals("YYYY-MM-DDThh:mm:ssZ", identify.text("//oai:Identify/oai:granularity"));
        // localhost is no domain name, so no oai-identifier description
        assertEquals(List.of(), identify.texts("//oai:description"));

        Instant earliest = Instant.parse(identify.text("//oai:Identify/oai:earliestDatestamp"));
        assertFalse(earliest.isAfter(identify.responseDate()));
        List<String> datestamps = Oai.pages("ListIdentifiers", "metadataPrefix", "oai_dc", "set", "originals")
                .stream().flatMap(page -> page.texts("//oai:header/oai:datestamp").stream()).toList();
        assertFalse(datestamps.isEmpty());
        datestamps.forEach(datestamp -> assertFalse(Instant.parse(datestamp).isBefore(earliest), datestamp));
    }

    @Test
    void identifyReachedByADomainNameDescribesItsIdentifiers() {
        OaiResponse identify = Oai.get(given().header("Host", "archive.example.org"), "verb",
                "Identify");
        assertEquals("http://archive.example.org/oai", identify.text("//oai:Identify/oai:baseURL"));
        assertEquals("oai", identify.text("//oai:description/id:oai-identifier/id:scheme"));
        assertEquals("archive.example.org",
                identify.text("//oai:description/id:oai-identifier/id:repositoryIdentifier"));
        assertEquals(":", identify.text("//oai:description/id:oai-identifier/id:delimiter"));
        assertTrue(identify.text("//oai:description/id:oai-identifier/id:sampleIdentifier")
                .startsWith("oai:archive.example.org:"), identify::xml);

        OaiResponse record = Oai.get(given().header("Host", "archive.example.org"), "verb",
                "GetRecord", "identifier", "oai:archive.example.org:" + ORIGINAL_000, "metadataPrefix", "oai_dc");
        assertEquals("oai:archive.example.org:" + ORIGINAL_000, record.text("//oai:header/oai:identifier"));
    }

    @Test
    void bothFormatsAreListedForTheRepositoryAndForEachRecord() {
        for (OaiResponse formats : List.of(Oai.get("verb", "ListMetadataFormats"),
                Oai.get("verb", "ListMetadataFormats", "identifier", Oai.identifier(REWRITE_001)))) {
            assertEquals(List.of(), formats.errors(), formats::xml);
            assertEquals(List.of("oai_dc", "mods"), formats.texts("//oai:metadataFormat/oai:metadataPrefix"));
            assertEquals(List.of("http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
                    "http://www.loc.gov/standards/mods/v3/mods-3-8.xsd"), formats.texts("//oai:metadataFormat/oai:schema"));
            assertEquals(List.of("http://www.openarchives.org/OAI/2.0/oai_dc/", "http://www.loc.gov/mods/v3"),
                    formats.texts("//oai:metadataFormat/oai:metadataNamespace"));
        }
    }

    @Test
    void setsAreTheKindsAndThePublishers() {
        OaiResponse sets = Oai.get("verb", "ListSets");
        List<String> specs = sets.texts("//oai:set/oai:setSpec");
        assertTrue(specs.containsAll(List.of("originals", "rewrites", "publisher",
                "publisher:u-s-department-of-defense", "publisher:thx-news")), specs::toString);
        assertEquals(Seeds.DOD, sets.text("//oai:set[oai:setSpec='publisher:u-s-department-of-defense']/oai:setName"));
        assertTrue(sets.text("//oai:set[oai:setSpec='rewrites']/oai:setDescription/oai_dc:dc/dc:description")
                .contains("accepted"), sets::xml);
    }

    @Test
    void theRewriteOfSeed000NamesItsDefenseGovSourceInMods() {
        OaiResponse record = Oai.get("verb", "GetRecord", "identifier", Oai.identifier(REWRITE_001),
                "metadataPrefix", "mods");
        assertEquals(List.of(), record.errors(), record::xml);
        assertEquals(Oai.identifier(REWRITE_001), record.text("//oai:record/oai:header/oai:identifier"));
        assertTrue(record.texts("//oai:header/oai:setSpec").contains("rewrites"), record::xml);
        String original = "//oai:metadata/mods:mods/mods:relatedItem[@type='original']";
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, record.text(original + "/mods:titleInfo/mods:title"));
        assertEquals(Seeds.DOD, record.text(original + "/mods:originInfo/mods:publisher"));
        assertEquals("2024-07-22", record.text(original + "/mods:originInfo/mods:dateIssued"));
        assertEquals(Seeds.DEFENSE_NEWS_STORIES, record.text(original + "/mods:location/mods:url[@usage='primary']"));
        assertEquals(Oai.permalink(ORIGINAL_000, 1),
                record.text(original + "/mods:location/mods:url[@access='object in context']"));
        assertEquals(Oai.identifier(ORIGINAL_000), record.text(original + "/mods:identifier[@type='oai']"));
        // the rewrite itself: its archived copy, and the record's own identifier and change date
        assertEquals(Oai.permalink(REWRITE_001, 1),
                record.text("//mods:mods/mods:location/mods:url[@access='object in context']"));
        assertEquals(Oai.identifier(REWRITE_001), record.text("//mods:mods/mods:recordInfo/mods:recordIdentifier"));
        assertEquals(record.text("//oai:header/oai:datestamp"),
                record.text("//mods:mods/mods:recordInfo/mods:recordChangeDate"));
    }

    @Test
    void theRewriteOfSeed000NamesItsDefenseGovSourceInDublinCore() {
        OaiResponse record = Oai.post("verb", "GetRecord", "identifier", Oai.identifier(REWRITE_001),
                "metadataPrefix", "oai_dc");
        assertEquals(Map.of("verb", "GetRecord", "identifier", Oai.identifier(REWRITE_001), "metadataPrefix", "oai_dc"),
                record.requestArguments());
        assertEquals(List.of(Seeds.DEFENSE_NEWS_STORIES), record.texts("//oai_dc:dc/dc:source"));
        assertEquals(List.of(Oai.permalink(ORIGINAL_000, 1)), record.texts("//oai_dc:dc/dc:relation"));
        assertEquals(List.of(Oai.permalink(REWRITE_001, 1)), record.texts("//oai_dc:dc/dc:identifier"));
    }

    @Test
    void anOriginalIsIdentifiedByItsOwnAddressAndNamesNoSource() {
        OaiResponse record = Oai.get("verb", "GetRecord", "identifier", Oai.identifier(ORIGINAL_000),
                "metadataPrefix", "oai_dc");
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, record.text("//oai_dc:dc/dc:title"));
        assertEquals(Seeds.DOD, record.text("//oai_dc:dc/dc:publisher"));
        assertEquals("2024-07-22", record.text("//oai_dc:dc/dc:date"));
        assertEquals(List.of(Oai.permalink(ORIGINAL_000, 1), Seeds.DEFENSE_NEWS_STORIES),
                record.texts("//oai_dc:dc/dc:identifier"));
        assertEquals(List.of(), record.texts("//oai_dc:dc/dc:source"));
        assertEquals(List.of("originals", "publisher:u-s-department-of-defense"),
                record.texts("//oai:header/oai:setSpec"));
    }

    @Test
    void listsHoldTheSetsRecordsOnly() {
        List<OaiResponse> rewrites = Oai.pages("ListRecords", "metadataPrefix", "mods", "set", "rewrites");
        List<String> identifiers = Oai.identifiers(rewrites);
        assertTrue(identifiers.containsAll(List.of(Oai.identifier(REWRITE_001),
                Oai.identifier(Seeds.THX_REWRITE))), identifiers::toString);
        assertFalse(identifiers.contains(Oai.identifier(ORIGINAL_000)));
        rewrites.forEach(page -> assertEquals(page.texts("//oai:record").size(),
                page.texts("//oai:record/oai:header[oai:setSpec='rewrites']").size(), page::xml));
        rewrites.forEach(page -> assertEquals(page.texts("//oai:record").size(),
                page.texts("//oai:record/oai:metadata/mods:mods").size(), page::xml));

        List<String> defense = Oai.identifiers(Oai.pages("ListIdentifiers", "metadataPrefix", "oai_dc", "set",
                "publisher:u-s-department-of-defense"));
        assertTrue(defense.containsAll(List.of(Oai.identifier(ORIGINAL_000),
                Oai.identifier(Seeds.DEFENSE_STORY_SEPTEMBER))), defense::toString);
        assertFalse(defense.contains(Oai.identifier(Seeds.THX_REWRITE)));
        // a set takes in its subsets
        assertTrue(Oai.identifiers(Oai.pages("ListIdentifiers", "metadataPrefix", "oai_dc", "set", "publisher"))
                .containsAll(List.of(Oai.identifier(ORIGINAL_000), Oai.identifier(Seeds.THX_REWRITE))));
    }
}
