package archive.api.security;

import static archive.api.support.Accounts.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import archive.api.support.Accounts;
import archive.core.account.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Guessing an account's password is slowed to five tries per window, by Basic or by the login form. */
@QuarkusTest
class LoginThrottleApiTest {

    private static final int MAX_FAILURES_PER_ACCOUNT = 5;

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIs429WithRetryAfter() {
        String target = Accounts.create("guessed", Roles.READER);
        for (int i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
            given().auth().preemptive().basic(target, "guess " + i).get("/api/v1/tokens").then().statusCode(401);
        }
        as(target).get("/api/v1/tokens").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("/problems/too-many-failed-logins"))
                .body("detail", containsString("for this account"));
    }

    @Test
    void theLoginFormIsThrottledToo() {
        String target = Accounts.create("formed", Roles.READER);
        for (int i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", target).formParam("j_password", "guess " + i)
                    .post("/j_security_check")
                    .then().statusCode(303).header("Location", containsString("/login/failed"));
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", target).formParam("j_password", Accounts.PASSWORD)
                .post("/j_security_check")
                .then().statusCode(429).contentType(containsString("text/html"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }
}
