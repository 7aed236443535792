package archive.web.tokens;

import static archive.web.support.LibrarianSession.COOKIE;
import static archive.web.support.LibrarianSession.asSignedIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Accounts;
import archive.core.account.Roles;
import archive.web.support.LibrarianSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokensPageTest {

    private static final Pattern SECRET = Pattern.compile("id=\"new-token\">(archive_[A-Za-z0-9_-]{43})<");

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        given().redirects().follow(false).get("/account/tokens")
                .then().statusCode(302).header("Location", endsWith("/login"));
        given().redirects().follow(false).formParam("name", "anonymous").post("/account/tokens")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void createsATokenThatWorksUntilRevokedAndShowsItsSecretOnlyOnce() {
        String reader = Accounts.create("page-token-reader", Roles.READER);
        asSignedIn(reader).get("/account/tokens").then().statusCode(200)
                .body(containsString("No API tokens yet."))
                .body(containsString("href=\"/account/tokens\" aria-current=\"page\""));

        Response created = asSignedIn(reader).formParam("name", "nightly <sync>").post("/account/tokens");
        created.then().statusCode(201).contentType("text/html").header("Cache-Control", "no-store")
                .body(containsString("Copy it now: this is the only time it is shown."))
                .body(containsString("data-copy=\"new-token\""))
                .body(containsString("nightly &lt;sync&gt;"));
        Matcher shown = SECRET.matcher(created.asString());
        assertTrue(shown.find(), "the page shows the new token");
        String secret = shown.group(1);

        Accounts.withToken(secret).get("/api/v1/tokens").then().statusCode(200)
                .body("name", hasItem("nightly <sync>"));
        long id = Accounts.withToken(secret).get("/api/v1/tokens").then().extract().jsonPath().getLong("[0].id");
        asSignedIn(reader).get("/account/tokens").then().statusCode(200)
                .body(containsString("nightly &lt;sync&gt;"))
                .body(not(containsString(secret)))
                .body(not(containsString("id=\"new-token\"")));

        asSignedIn(reader).post("/account/tokens/{id}/revoke", id)
                .then().statusCode(303).header("Location", endsWith("/account/tokens?revoked=" + id));
        Accounts.withToken(secret).get("/api/v1/tokens").then().statusCode(401);
        asSignedIn(reader).get("/account/tokens?revoked={id}", id).then().statusCode(200)
                .body(containsString("Token “nightly &lt;sync&gt;” is revoked"))
                .body(containsString("badge-revoked"))
                .body(not(containsString(secret)));
        Accounts.asAdmin().get("/api/v1/accounts/{u}/events", reader).then()
                .body("type", hasItem("token-revoked"))
                .body("find { it.type == 'token-created' }.agent", equalTo(reader));
    }

    @Test
    void setsTheExpiryFromADateAndExplainsRefusals() {
        String user = Accounts.create("page-token-expiry", Roles.LIBRARIAN);
        LocalDate nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        asSignedIn(user).formParam("name", "yearly").formParam("expires", nextYear.toString())
                .post("/account/tokens").then().statusCode(201);
        Accounts.as(user).get("/api/v1/tokens").then()
                .body("find { it.name == 'yearly' }.expiresAt", equalTo(nextYear + "T00:00:00Z"));

        asSignedIn(user).formParam("name", "bad date").formParam("expires", "next week").post("/account/tokens")
                .then().statusCode(400).body(containsString("&#39;next week&#39; is not a date"))
                .body(containsString("value=\"bad date\""))
                .body(not(containsString("id=\"new-token\"")));
        asSignedIn(user).formParam("name", "past").formParam("expires", "2001-01-01").post("/account/tokens")
                .then().statusCode(400).body(containsString("is not in the future"));
        asSignedIn(user).formParam("name", " ").post("/account/tokens")
                .then().statusCode(400).body(containsString("A token needs a name"));
        Accounts.as(user).get("/api/v1/tokens").then().body("name", not(hasItem("past")));
    }

    @Test
    void nobodyRevokesAnotherAccountsTokenHereAndFormsNeedTheCsrfToken() {
        String owner = Accounts.create("page-token-owner", Roles.READER);
        String secret = Accounts.tokenOf(owner);
        long id = Accounts.as(owner).get("/api/v1/tokens").then().extract().jsonPath().getLong("[0].id");
        String stranger = Accounts.create("page-token-stranger", Roles.LIBRARIAN);

        asSignedIn(stranger).post("/account/tokens/{id}/revoke", id).then().statusCode(404);
        LibrarianSession.asSignedInLibrarian().post("/account/tokens/{id}/revoke", id).then().statusCode(404);
        Accounts.withToken(secret).get("/api/v1/tokens").then().statusCode(200);

        String session = LibrarianSession.signIn(owner, Accounts.PASSWORD);
        given().redirects().follow(false).cookie(COOKIE, session).post("/account/tokens/{id}/revoke", id)
                .then().statusCode(403).contentType("text/html");
        given().redirects().follow(false).cookie(COOKIE, session).formParam("name", "forged")
                .post("/account/tokens").then().statusCode(403);
        Accounts.withToken(secret).get("/api/v1/tokens").then().statusCode(200)
                .body("name", not(hasItem("forged")));
    }
}
