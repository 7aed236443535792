package archive.web.librarian;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static archive.web.support.LibrarianSession.asSignedInLibrarian;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import archive.core.storage.ContentDigest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BulkUploadPageTest {

    @Test
    void reportsEveryFileOfAFormUploadWithoutJavaScript() {
        byte[] fresh = utf8(unique("Bulk fresh"));
        String freshId = ContentDigest.sha256Hex(fresh).substring(0, 16);

        asSignedInLibrarian()
                .multiPart("files", "fresh.txt", fresh, "text/plain")
                .multiPart("files", "again.txt", fresh, "text/plain")
                .multiPart("files", "broken.txt", new byte[] {'a', (byte) 0xff}, "text/plain")
                .post("/librarian/bulk")
                .then().statusCode(200).contentType("text/html")
                .body(containsString("3 files: 1 archived, 1 already archived, 1 refused."))
                .body(containsString("<td>fresh.txt</td>"))
                .body(containsString("href=\"/documents/" + freshId + "\""))
                .body(containsString("badge-duplicate"))
                .body(containsString("not valid UTF-8"));
    }

    @Test
    void asksForFilesWhenNoneWereChosen() {
        asSignedInLibrarian().multiPart("files", "", new byte[0], "application/octet-stream").post("/librarian/bulk")
                .then().statusCode(400).body(containsString("Choose one or more files"));
    }

    @Test
    void theApiTakesUploadsFromASignedInBrowserSession() {
        byte[] text = utf8(unique("Sent by the bulk upload script"));
        asSignedInLibrarian().multiPart("file", "script.txt", text, "text/plain")
                .post("/api/v1/documents")
                .then().statusCode(201).body("createdAt", org.hamcrest.Matchers.notNullValue())
                .body("versions[0].createdBy", equalTo("admin"));
    }
}
