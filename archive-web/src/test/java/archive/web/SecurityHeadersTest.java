package archive.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
                given().get("/no/such/page"));
        for (Response response : responses) {
            response.then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("same-origin"));
        }
    }
}
