package archive.api.oai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every error condition of §3.6 the archive can meet, answered as the protocol says: OAI-PMH XML with status 200
 * ({@link Oai} checks both and the schema), the error's code, and after badVerb or badArgument a request element
 * without arguments. noSetHierarchy and noMetadataFormats never apply: the archive has sets, and every record is
 * disseminated in both formats (ListSets and ListMetadataFormats of a record answer without error).
 */
@QuarkusTest
class OaiPmhErrorsTest {

    private static final String SEED = Oai.identifier(Seeds.DEFENSE_STORY_JULY);

    @Test
    void aMissingUnknownOrRepeatedVerbIsBadVerb() {
        for (OaiResponse response : List.of(Oai.get(), Oai.get("metadataPrefix", "oai_dc"),
                Oai.get("verb", "ListEverything"), Oai.get("verb", "identify"), Oai.get("verb", ""),
                Oai.get("verb", "Identify", "verb", "Identify"), Oai.post("verb", "Identify", "verb", "ListSets"))) {
            assertEquals(List.of("badVerb"), response.errors(), response::xml);
            assertEquals(Map.of(), response.requestArguments());
            assertEquals(Oai.baseUrl(), response.text("/oai:OAI-PMH/oai:request"));
        }
    }

    @Test
    void illegalMissingAndRepeatedArgumentsAreBadArgument() {
        List<OaiResponse> responses = List.of(
                Oai.get("verb", "Identify", "identifier", SEED),
                Oai.get("verb", "ListSets", "metadataPrefix", "oai_dc"),
                Oai.get("verb", "GetRecord", "identifier", SEED),
                Oai.get("verb", "GetRecord", "metadataPrefix", "oai_dc"),
                Oai.get("verb", "ListRecords"),
                Oai.get("verb", "ListIdentifiers", "set", "rewrites"),
                Oai.get("verb", "ListRecords", "metadataPrefix", "oai_dc", "metadataPrefix", "oai_dc"),
                Oai.get("verb", "ListRecords", "metadataPrefix", "oai_dc", "color", "blue"),
                Oai.post("verb", "GetRecord", "identifier", SEED, "identifier", SEED, "metadataPrefix", "mods"));
        for (OaiResponse response : responses) {
            assertTrue(!response.errors().isEmpty() && response.errors().stream().allMatch("badArgument"::equals),
                    response::xml);
            assertEquals(Map.of(), response.requestArguments());
        }
        // each problem of a request is named
        assertEquals(List.of("badArgument", "badArgument"),
                Oai.get("verb", "Identify", "set", "x", "from", "2024-01-01").errors());
    }

    @Test
    void aResumptionTokenIsExclusive() {
        String token = Oai.get("verb", "ListIdentifiers", "metadataPrefix", "oai_dc")
                .text("//oai:resumptionToken");
        OaiResponse response = Oai.get("verb", "ListIdentifiers", "resumptionToken", token, "metadataPrefix",
                "oai_dc");
        assertEquals(List.of("badArgument"), response.errors(), response::xml);
        assertEquals(List.of("badArgument"), Oai.get("verb", "ListRecords", "resumptionToken", token, "set",
                "rewrites").errors());
    }

    @Test
    void badDatesMixedGranularitiesAndReversedRangesAreBadArgument() {
        for (String[] dates : List.of(new String[] {"from", "2024-13-01"}, new String[] {"from", "2024-02-30"},
                new String[] {"until", "2024-07-22T10:00:00"}, new String[] {"until", "2024-07-22T10:00:00+01:00"},
                new String[] {"from", "2024-07-22T24:00:00Z"}, new String[] {"from", "22 July 2024"},
                new String[] {"from", "2024-07-22T10:00:00.5Z"}, new String[] {"until", ""},
                new String[] {"from", "2024-07-22", "until", "2024-07-23T00:00:00Z"},
                new String[] {"from", "2024-07-23", "until", "2024-07-22"},
                new String[] {"from", "2024-07-22T10:00:01Z", "until", "2024-07-22T10:00:00Z"})) {
            String[] arguments = new String[dates.length + 4];
            System.arraycopy(new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc"}, 0, arguments, 0,
                    4);
            System.arraycopy(dates, 0, arguments, 4, dates.length);
            OaiResponse response = Oai.get(arguments);
            assertEquals(List.of("badArgument"), response.errors(), String.join(" ", dates) + ": " + response.xml());
        }
    }

    @Test
    void valuesOfTheWrongSyntaxAreBadArgument() {
        assertEquals(List.of("badArgument"), Oai.get("verb", "GetRecord", "identifier", "not a uri",
                "metadataPrefix", "oai_dc").errors());
        assertEquals(List.of("badArgument"), Oai.get("verb", "ListRecords", "metadataPrefix", "oai dc").errors());
        assertEquals(List.of("badArgument"), Oai.get("verb", "ListRecords", "metadataPrefix", "oai_dc", "set",
                "publisher::dod").errors());
        // a control character, which XML cannot carry, is refused rather than written into the response
        OaiResponse control = Oai.get("verb", "GetRecord", "identifier", SEED + "\u0001", "metadataPrefix",
                "oai_dc");
        assertEquals(List.of("badArgument"), control.errors(), control::xml);
    }

    @Test
    void anUnknownFormatIsCannotDisseminateFormat() {
        for (String verb : List.of("ListRecords", "ListIdentifiers")) {
            OaiResponse response = Oai.get("verb", verb, "metadataPrefix", "marc21");
            assertEquals(List.of("cannotDisseminateFormat"), response.errors(), response::xml);
            assertEquals(Map.of("verb", verb, "metadataPrefix", "marc21"), response.requestArguments());
        }
        OaiResponse record = Oai.get("verb", "GetRecord", "identifier", SEED, "metadataPrefix", "marc21");
        assertEquals(List.of("cannotDisseminateFormat"), record.errors());
        assertEquals(Map.of("verb", "GetRecord", "identifier", SEED, "metadataPrefix", "marc21"),
                record.requestArguments());
    }

    @Test
    void anUnknownIdentifierIsIdDoesNotExist() {
        for (String identifier : List.of("oai:localhost:0000000000000000", "oai:localhost:nothing",
                "oai:archive.example.org:" + Seeds.DEFENSE_STORY_JULY, Seeds.DEFENSE_STORY_JULY,
                "http://localhost/documents/" + Seeds.DEFENSE_STORY_JULY)) {
            assertEquals(List.of("idDoesNotExist"), Oai.get("verb", "GetRecord", "identifier", identifier,
                    "metadataPrefix", "oai_dc").errors(), identifier);
            OaiResponse formats = Oai.get("verb", "ListMetadataFormats", "identifier", identifier);
            assertEquals(List.of("idDoesNotExist"), formats.errors(), identifier);
            assertEquals(Map.of("verb", "ListMetadataFormats", "identifier", identifier),
                    formats.requestArguments());
        }
        // both of a request's errors are named
        assertEquals(List.of("cannotDisseminateFormat", "idDoesNotExist"), Oai.get("verb", "GetRecord",
                "identifier", "oai:localhost:0000000000000000", "metadataPrefix", "marc21").errors());
    }

    @Test
    void anEmptySelectionIsNoRecordsMatch() {
        for (String[] selection : List.of(new String[] {"until", "2000-01-01"},
                new String[] {"from", "2999-01-01T00:00:00Z"}, new String[] {"set", "drafts"},
                new String[] {"set", "publisher:nobody-at-all"}, new String[] {"set", "originals:deep"})) {
            for (String verb : List.of("ListRecords", "ListIdentifiers")) {
                OaiResponse response = Oai.get("verb", verb, "metadataPrefix", "oai_dc", selection[0],
                        selection[1]);
                assertEquals(List.of("noRecordsMatch"), response.errors(), response::xml);
                assertEquals(Map.of("verb", verb, "metadataPrefix", "oai_dc", selection[0], selection[1]),
                        response.requestArguments());
            }
        }
    }

    @Test
    void aDamagedOrForeignResumptionTokenIsBadResumptionToken() {
        String identifiers = Oai.get("verb", "ListIdentifiers", "metadataPrefix", "oai_dc")
                .text("//oai:resumptionToken");
        String damaged = identifiers.substring(0, identifiers.length() - 3) + "A!A";
        String foreign = Base64.getUrlEncoder().encodeToString("1|ListIdentifiers|marc21|||||x|0"
                .getBytes(StandardCharsets.UTF_8));
        for (String[] request : List.of(new String[] {"ListRecords", identifiers},
                new String[] {"ListIdentifiers", damaged}, new String[] {"ListIdentifiers", foreign},
                new String[] {"ListIdentifiers", "not-a-token"}, new String[] {"ListIdentifiers", ""},
                new String[] {"ListSets", identifiers})) {
            OaiResponse response = Oai.get("verb", request[0], "resumptionToken", request[1]);
            assertEquals(List.of("badResumptionToken"), response.errors(), response::xml);
            assertEquals(Map.of("verb", request[0], "resumptionToken", request[1]), response.requestArguments());
        }
    }

    @Test
    void whatIsWrongBelowTheProtocolIsAnHttpProblemNeverAServerError() {
        given().contentType("application/x-www-form-urlencoded").body("verb=Identify&set=%zz").post("/oai")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().contentType("text/plain").body("verb=Identify").post("/oai")
                .then().statusCode(415).contentType("application/problem+json");
        given().put("/oai").then().statusCode(405).contentType("application/problem+json");
        // a harvester that asks for another type still gets the protocol's text/xml
        assertEquals(List.of(), Oai.get(given().accept("application/json"), "verb", "Identify").errors());
    }

    @Test
    void setsAndFormatsAreAlwaysThere() {
        assertEquals(List.of(), Oai.get("verb", "ListSets").errors());
        assertEquals(List.of(), Oai.get("verb", "ListMetadataFormats", "identifier", SEED).errors());
    }
}
