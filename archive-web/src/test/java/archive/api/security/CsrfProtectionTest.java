package archive.api.security;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Accounts;
import archive.core.account.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A signed-in browser's forms carry the CSRF token; without it, or from another site, nothing changes. */
@QuarkusTest
class CsrfProtectionTest {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aFormWithoutItsTokenIs403AndWithItWorks() {
        Browser browser = Browser.signIn(Accounts.create("form-user", Roles.READER));

        // /logout is a page: the refusal is explained as an HTML page, not problem+json.
        browser.post().formParam("other", "field").post("/logout")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("CSRF token is missing"));
        browser.post().formParam("csrf-token", "A".repeat(43)).post("/logout").then().statusCode(403);

        Response loggedOut = browser.post().formParam("csrf-token", browser.csrfToken).post("/logout");
        loggedOut.then().statusCode(303);
        assertEquals("", loggedOut.getDetailedCookie("quarkus-credential").getValue());
        assertEquals(0, loggedOut.getDetailedCookie("quarkus-credential").getMaxAge());
    }

    @Test
    void scriptsSendTheTokenAsAHeader() {
        Browser browser = Browser.signIn(Accounts.create("script-user", Roles.LIBRARIAN));

        browser.post().contentType(ContentType.JSON).body(Map.of("name", "from the page"))
                .post("/api/v1/tokens").then().statusCode(403);
        browser.post().header("X-CSRF-Token", browser.csrfToken).contentType(ContentType.JSON)
                .body(Map.of("name", "from the page")).post("/api/v1/tokens").then().statusCode(201);
        browser.post().multiPart("file", "a.txt", utf8(unique("uploaded from a page")))
                .post("/api/v1/documents").then().statusCode(403);
        browser.post().multiPart("file", "a.txt", utf8(unique("uploaded from a page")))
                .multiPart("csrf-token", browser.csrfToken)
                .post("/api/v1/documents").then().statusCode(201);
    }

    @Test
    void requestsFromAnotherSiteAreRefusedEvenWithRememberedBasicCredentials() {
        Accounts.asLibrarian().header("Origin", "https://attacker.example").contentType("text/plain")
                .body(utf8(unique("forged"))).post("/api/v1/documents")
                .then().statusCode(403).body("type", equalTo("/problems/cross-site-request"));
        Accounts.asLibrarian().header("Origin", "null").contentType("text/plain")
                .body(utf8(unique("forged"))).post("/api/v1/documents").then().statusCode(403);
        Accounts.asLibrarian().header("Sec-Fetch-Site", "cross-site").post("/api/v1/audits/fixity")
                .then().statusCode(403);
        Accounts.asLibrarian().header("Origin", "http://localhost:1").header("Sec-Fetch-Site", "same-origin")
                .post("/api/v1/audits/fixity").then().statusCode(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureBehindTls() {
        String user = Accounts.create("cookie-user", Roles.READER);
        Response plain = Browser.login(user, null);
        assertTrue(plain.getDetailedCookie("quarkus-credential").isHttpOnly());
        assertEquals("Strict", plain.getDetailedCookie("quarkus-credential").getSameSite());
        assertFalse(plain.getDetailedCookie("quarkus-credential").isSecured());

        Response proxied = Browser.login(user, "https");
        assertTrue(proxied.getDetailedCookie("quarkus-credential").isSecured());

        Response page = given().cookie("quarkus-credential", plain.getCookie("quarkus-credential")).get("/logout");
        assertTrue(page.getDetailedCookie("csrf-token").isHttpOnly());
        assertEquals("Strict", page.getDetailedCookie("csrf-token").getSameSite());
    }

    /** A browser signed in through the login form, holding its session and CSRF cookies. */
    private record Browser(String session, String csrfCookie, String csrfToken) {

        static Browser signIn(String username) {
            String session = login(username, null).getCookie("quarkus-credential");
            assertNotNull(session, "the login form set a session cookie");
            Response page = given().cookie("quarkus-credential", session).get("/logout");
            page.then().statusCode(200).contentType(ContentType.HTML);
            Matcher hidden = HIDDEN_TOKEN.matcher(page.asString());
            assertTrue(hidden.find(), page.asString());
            return new Browser(session, page.getCookie("csrf-token"), hidden.group(1));
        }

        static Response login(String username, String forwardedProto) {
            var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", username).formParam("j_password", Accounts.PASSWORD);
            if (forwardedProto != null) {
                request.header("X-Forwarded-Proto", forwardedProto);
            }
            Response response = request.post("/j_security_check");
            response.then().statusCode(302);
            return response;
        }

        io.restassured.specification.RequestSpecification post() {
            return given().redirects().follow(false).cookie("quarkus-credential", session)
                    .cookie("csrf-token", csrfCookie);
        }
    }
}
