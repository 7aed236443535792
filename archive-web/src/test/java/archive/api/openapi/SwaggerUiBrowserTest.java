package archive.api.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.web.support.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Swagger UI, served in production too, starts under its Content-Security-Policy and lists every operation. */
@QuarkusTest
class SwaggerUiBrowserTest extends BrowserTest {

    @Test
    void listsEveryOperationOfTheDocument() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").path("paths");
        int operations = paths.values().stream().mapToInt(Map::size).sum();

        browser.go("/q/swagger-ui/");
        browser.waitFor(driver -> browser.findAll(".opblock").size() == operations);

        assertEquals(operations, browser.findAll(".opblock-summary-description").size());
        assertTrue(browser.find(".info .title").getText().startsWith("archive"), browser.find(".info").getText());
        browser.screenshot("swagger-ui");
    }
}
