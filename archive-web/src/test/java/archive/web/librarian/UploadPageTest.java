package archive.web.librarian;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static archive.web.support.LibrarianSession.asSignedInLibrarian;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import archive.api.support.Seeds;
import archive.core.storage.ContentDigest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UploadPageTest {

    @Test
    void archivesAnUploadedFileAndRecognisesItWhenItComesAgain() {
        byte[] text = utf8(unique("Uploaded through the page"));
        String id = ContentDigest.sha256Hex(text).substring(0, 16);

        asSignedInLibrarian().multiPart("file", "dispatch.txt", text, "text/plain").post("/librarian/upload")
                .then().statusCode(201).contentType("text/html")
                .body(containsString("<h2>Archived</h2>"))
                .body(containsString("href=\"/documents/" + id + "\""))
                .body(containsString("dispatch.txt"));
        asSignedInLibrarian().multiPart("file", "again.txt", text, "text/plain").post("/librarian/upload")
                .then().statusCode(200)
                .body(containsString("Already in the archive"))
                .body(containsString("href=\"/documents/" + id + "\""));
    }

    @Test
    void showsTheExtractedMetadataAndTheSourceDetectionFound() throws Exception {
        byte[] copy = utf8(Files.readString(Path.of("../seeds/000_095111aef963144d.txt")) + "\n" + unique("Copied"));

        asSignedInLibrarian().multiPart("file", "copy.txt", copy, "text/plain").post("/librarian/upload")
                .then().statusCode(201)
                .body(containsString("<dd>" + Seeds.DEFENSE_STORY_JULY_TITLE + "</dd>"))
                .body(containsString("<dd>" + Seeds.DOD + "</dd>"))
                .body(containsString("<dd>2024-07-22</dd>"))
                .body(containsString("/compare/" + Seeds.DEFENSE_STORY_JULY + "\">Compare side by side</a>"));
    }

    @Test
    void archivesPastedTextWithTheLineBreaksItWasPastedWith() {
        String pasted = unique("Pasted line one\r\nline two");
        String archived = pasted.replace("\r\n", "\n");
        String id = ContentDigest.sha256Hex(utf8(archived)).substring(0, 16);

        asSignedInLibrarian().multiPart(utf8Field("text", pasted)).multiPart("filename", "pasted.txt")
                .post("/librarian/upload")
                .then().statusCode(201).body(containsString(id));

        assertArrayEquals(utf8(archived), given().get("/api/v1/documents/{id}/text", id).asByteArray());
    }

    @Test
    void archivesAPastedTextLongerThanQuarkussDefaultFormFieldLimit() {
        String pasted = unique("A long pasted story") + "Paragraph after paragraph of the story. ".repeat(100);

        asSignedInLibrarian().multiPart(utf8Field("text", pasted)).post("/librarian/upload")
                .then().statusCode(201).body(containsString(ContentDigest.sha256Hex(utf8(pasted)).substring(0, 16)));
    }

    @Test
    void explainsWhyAnUploadWasRefusedAndKeepsThePastedText() {
        asSignedInLibrarian().multiPart("text", "").post("/librarian/upload")
                .then().statusCode(400).body(containsString("Choose a file, or paste the text"));
        asSignedInLibrarian().multiPart("file", "picture.txt", new byte[] {'G', 'I', 'F', 0, 1}, "text/plain")
                .post("/librarian/upload")
                .then().statusCode(415).body(containsString("Not archived")).body(containsString("binary"));
        asSignedInLibrarian().multiPart(utf8Field("text", "<b>kept</b> \u0001")).post("/librarian/upload")
                .then().statusCode(415).body(containsString("&lt;b&gt;kept&lt;/b&gt;"));
    }

    /** A form field as browsers send it: UTF-8. */
    private static MultiPartSpecification utf8Field(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain").charset("UTF-8").build();
    }
}
