package archive.api.citations;

import static archive.api.support.Seeds.DEFENSE_NEWS_STORIES;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY;
import static archive.api.support.Seeds.DEFENSE_STORY_JULY_TITLE;
import static archive.api.support.Seeds.DOD;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each export, read back by citeproc-java's importers as a reference manager would, keeps title, date, publisher, URL. */
@QuarkusTest
class ExportApiTest {

    @Test
    void bibtex() throws Exception {
        Response response = export("bibtex", "application/x-bibtex", "bib");
        BibTeXConverter converter = new BibTeXConverter();
        CSLItemData item = single(converter.toItemData(
                converter.loadDatabase(new ByteArrayInputStream(response.asByteArray()))));

        assertEquals(DEFENSE_STORY_JULY_TITLE, item.getTitle());
        assertEquals("2024-07-22", item.getIssued().getRaw());
        assertEquals(DOD, item.getPublisher());
        assertEquals(DEFENSE_NEWS_STORIES, item.getURL());
    }

    @Test
    void ris() throws Exception {
        Response response = export("ris", "application/x-research-info-systems", "ris");
        RISConverter converter = new RISConverter();
        CSLItemData item = single(converter.toItemData(
                converter.loadLibrary(new ByteArrayInputStream(response.asByteArray()))));

        assertEquals(DEFENSE_STORY_JULY_TITLE, item.getTitle());
        // citeproc-java keeps a RIS date as the raw string and parses it when rendering.
        assertEquals("2024/07/22", item.getIssued().getRaw());
        assertEquals(DOD, item.getPublisher());
        assertEquals(DEFENSE_NEWS_STORIES, item.getURL());
    }

    @Test
    void cslJson() throws Exception {
        Response response = export("csl-json", "application/vnd.citationstyles.csl+json", "json");
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(response.asString()))).parseArray();
        @SuppressWarnings("unchecked")
        CSLItemData item = CSLItemData.fromJson((Map<String, Object>) items.get(0));

        assertEquals(1, items.size());
        assertEquals(DEFENSE_STORY_JULY_TITLE, item.getTitle());
        assertArrayEquals(new int[][] {{2024, 7, 22}}, item.getIssued().getDateParts());
        assertEquals(DOD, item.getContainerTitle());
        assertEquals(DEFENSE_NEWS_STORIES, item.getURL());
        assertEquals("SHA-256 ae3ccef04436acd60adcf9e2bdeda3e44e398705350881774eb4a0ebb20700a7, "
                + CitationApiTest.permalink(DEFENSE_STORY_JULY, 1), item.getArchiveLocation());
    }

    @Test
    void badFormatOrVersionIsAProblem() {
        CitationApiTest.problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/export", 400, "invalid-format");
        CitationApiTest.problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/export?format=pdf", 400,
                "invalid-format");
        CitationApiTest.problem("/api/v1/documents/" + DEFENSE_STORY_JULY + "/export?format=ris&version=9", 404,
                "version-not-found");
        CitationApiTest.problem("/api/v1/documents/0000000000000000/export?format=ris", 404, "document-not-found");
    }

    private static Response export(String format, String mediaType, String extension) {
        Response response = given().get("/api/v1/documents/{id}/export?format={format}", DEFENSE_STORY_JULY, format);
        response.then().statusCode(200)
                .contentType(mediaType + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + DEFENSE_STORY_JULY + "." + extension + "\"");
        return response;
    }

    private static CSLItemData single(Map<String, CSLItemData> items) {
        assertEquals(1, items.size());
        return items.values().iterator().next();
    }
}
