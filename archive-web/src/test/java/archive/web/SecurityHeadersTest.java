package archive.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every answer, success or failure, carries the same protective headers. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyResponseCarriesTheProtectiveHeaders() {
        List<Response> responses = List.of(
                given().get("/api/v1/documents"),
                given().get("/api/v1/documents/095111aef963144d/text"),
                given().get("/api/v1/documents/ffffffffffffffff"),
                given().post("/api/v1/audits/fixity"),
                given().get("/logout"),
                given().get("/q/health/ready"),
                given().get("/q/openapi"),
                given().get("/no/such/page"));
        for (Response response : responses) {
            response.then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("same-origin"));
            assertEquals(1, response.headers().getValues("Content-Security-Policy").size());
        }
    }

    /** Swagger UI starts itself with an inline script: its page alone may run one, and is still never framed. */
    @Test
    void swaggerUiHasAPolicyOfItsOwn() {
        Response page = given().get("/q/swagger-ui/");
        page.then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
        assertEquals(1, page.headers().getValues("Content-Security-Policy").size());
    }
}
