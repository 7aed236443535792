package archive.core.metadata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.problem.ProblemType;
import archive.core.text.PartialDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrectionPatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keepsTheFieldsInOrderWithNormalizedValues() throws Exception {
        CorrectionPatch patch = CorrectionPatch.parse(JSON.readTree("""
                {"title": "  A Title  ", "authors": ["Jim Garamone", " C. Todd Lopez "],
                 "publicationDate": "2024-07", "sourceUrl": "https://www.defense.gov/News/", "kind": "rewrite",
                 "dateline": null}"""));

        assertEquals(List.of(FieldName.TITLE, FieldName.AUTHORS, FieldName.PUBLICATION_DATE, FieldName.SOURCE_URL,
                FieldName.KIND, FieldName.DATELINE), List.copyOf(patch.values().keySet()));
        Map<FieldName, JsonNode> values = patch.values();
        assertEquals("A Title", values.get(FieldName.TITLE).asText());
        assertEquals(JSON.readTree("[\"Jim Garamone\", \"C. Todd Lopez\"]"), values.get(FieldName.AUTHORS));
        assertEquals("2024-07", values.get(FieldName.PUBLICATION_DATE).asText());
        assertTrue(values.get(FieldName.DATELINE).isNull());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"headline\": \"x\"}|Unknown metadata field 'headline'",
        "{\"publicationDate\": \"2024-02-30\"}|'publicationDate' is '2024-02-30', which is not a date that exists",
        "{\"publicationDate\": \"2024-13\"}|'publicationDate'",
        "{\"publicationDate\": 2024}|'publicationDate' must be",
        "{\"title\": 42}|'title' must be a non-empty string",
        "{\"title\": \"\"}|'title' must be",
        "{\"authors\": \"Jim Garamone\"}|'authors' must be an array of names",
        "{\"authors\": [\"\"]}|'authors' must be",
        "{\"imageUrl\": \"media.defense.gov/x.jpg\"}|'imageUrl' must be an absolute http(s) URL",
        "{\"sourceUrl\": \"javascript:alert(1)\"}|'sourceUrl'",
        "{\"kind\": \"Original\"}|'kind' must be \"original\" or \"rewrite\"",
        "[]|A metadata correction is a JSON object",
        "\"title\"|A metadata correction is a JSON object"})
    void rejectsNamingTheField(String patch, String detail) throws Exception {
        JsonNode json = JSON.readTree(patch);

        InvalidCorrectionException e = assertThrows(InvalidCorrectionException.class, () -> CorrectionPatch.parse(json));
        assertTrue(e.getMessage().contains(detail), e.getMessage());
        assertEquals(ProblemType.INVALID_METADATA_CORRECTION, e.type());
    }

    @Test
    void tooLongTextIsRejected() {
        JsonNode json = JSON.createObjectNode().put("title", "x".repeat(CorrectionPatch.MAX_TEXT_LENGTH + 1));

        assertThrows(InvalidCorrectionException.class, () -> CorrectionPatch.parse(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-07", "2024-07-22", "2024-02-29"})
    void partialDatesThatExistAreAccepted(String date) {
        assertTrue(PartialDate.parse(date).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-00", "2024-7-22", "24-07-22", "2024-07-22T10:00", "July 2024"})
    void impossibleOrMalformedDatesAreNot(String date) {
        assertTrue(PartialDate.parse(date).isEmpty());
    }

    @Test
    void aPartialDateMeansItsFirstDay() {
        assertEquals(LocalDate.of(2024, 7, 1), PartialDate.parse("2024-07").orElseThrow().firstDay());
    }
}
