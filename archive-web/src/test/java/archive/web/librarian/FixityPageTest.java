package archive.web.librarian;

import static archive.web.support.LibrarianSession.asSignedInLibrarian;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FixityPageTest {

    @Test
    void runsTheAuditAndShowsItsResults() {
        asSignedInLibrarian().get("/librarian/fixity").then().statusCode(200)
                .body(containsString("Run the audit now"))
                .body(containsString("<progress aria-label=\"Audit in progress\">"));

        asSignedInLibrarian().post("/librarian/fixity").then().statusCode(200)
                .body(containsString("Every document passed."))
                .body(containsString("Documents checked"));
    }
}
