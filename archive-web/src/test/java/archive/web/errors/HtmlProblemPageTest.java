package archive.web.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HtmlProblemPageTest {

    @Test
    void answersUnknownPagesWithAFriendlyHtmlPage() {
        given().get("/no/such/page").then().statusCode(404).contentType("text/html")
                .body(containsString("<h1>Not found</h1>"))
                .body(containsString("Nothing is published at this address"))
                .body(not(containsString("Exception")));
        given().get("/documents/ffffffffffffffff").then().statusCode(404).contentType("text/html")
                .body(containsString("No document with id &#39;ffffffffffffffff&#39;"));
    }

    @Test
    void escapesWhateverTheAddressContains() {
        given().urlEncodingEnabled(false).get("/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
                .then().statusCode(404).contentType("text/html")
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void keepsProblemDetailsForProgramsUnderApiAndQ() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        given().accept(browser).get("/api/v1/documents/ffffffffffffffff").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept(browser).get("/q/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void explainsMethodsAPageDoesNotAccept() {
        given().delete("/").then().statusCode(405).contentType("text/html")
                .body(containsString("That action is not available here"));
    }
}
