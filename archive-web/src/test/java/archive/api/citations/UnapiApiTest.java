package archive.api.citations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.Seeds;
import archive.web.support.ZoteroReading;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** unAPI as its specification (unapi.info) and Zotero's unAPI translator use it. */
@QuarkusTest
class UnapiApiTest {

    @Test
    void listsTheExportFormatsOfWhichZoteroChoosesRis() throws Exception {
        Response response = given().get("/unapi");
        response.then().statusCode(200).contentType("application/xml");

        Element formats = xml(response);
        assertEquals("formats", formats.getTagName());
        assertEquals("", formats.getAttribute("id"));
        assertEquals(List.of("bibtex", "ris", "csl-json"), names(formats));
        assertEquals(Optional.of("ris"), ZoteroReading.unapiFormat(names(formats)));
    }

    @Test
    void answersAnIdWithoutFormatWithItsFormatsAsMultipleChoices() throws Exception {
        Response response = given().queryParam("id", Seeds.UNTITLED_REWRITE).get("/unapi");
        response.then().statusCode(300).contentType("application/xml");

        Element formats = xml(response);
        assertEquals(Seeds.UNTITLED_REWRITE, formats.getAttribute("id"));
        assertEquals(List.of("bibtex", "ris", "csl-json"), names(formats));
    }

    @Test
    void servesTheDocumentInEachFormatAsTheExportsDo() {
        given().queryParam("id", Seeds.DEFENSE_STORY_JULY).queryParam("format", "ris").get("/unapi").then()
                .statusCode(200).contentType("application/x-research-info-systems")
                .body(startsWith("TY  - "))
                .body(containsString(Seeds.DEFENSE_STORY_JULY_TITLE));
        given().queryParam("id", Seeds.DEFENSE_STORY_JULY).queryParam("format", "bibtex").get("/unapi").then()
                .statusCode(200).contentType("application/x-bibtex").body(startsWith("@"));
        given().queryParam("id", Seeds.DEFENSE_STORY_JULY).queryParam("format", "csl-json").get("/unapi").then()
                .statusCode(200).contentType("application/vnd.citationstyles.csl+json")
                .body("[0].title", org.hamcrest.Matchers.equalTo(Seeds.DEFENSE_STORY_JULY_TITLE));
    }

    @Test
    void answers404ForAnUnknownId406ForAnUnknownFormatAnd400ForAFormatAlone() {
        given().queryParam("id", "ffffffffffffffff").get("/unapi").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("id", "not-an-id").queryParam("format", "ris").get("/unapi").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("id", Seeds.DEFENSE_STORY_JULY).queryParam("format", "mods").get("/unapi").then()
                .statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("bibtex, ris, csl-json"));
        given().queryParam("format", "ris").get("/unapi").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("needs an 'id'"));
    }

    private static Element xml(Response response) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.asString().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static List<String> names(Element formats) {
        NodeList nodes = formats.getElementsByTagName("format");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element format = (Element) nodes.item(i);
            names.add(format.getAttribute("name"));
        }
        return names;
    }
}
