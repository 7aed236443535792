package archive.web.admin;

import static archive.web.support.LibrarianSession.COOKIE;
import static archive.web.support.LibrarianSession.CSRF_TOKEN;
import static archive.web.support.LibrarianSession.asSignedIn;
import static archive.web.support.LibrarianSession.asSignedInLibrarian;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.Accounts;
import archive.core.account.Roles;
import archive.web.support.LibrarianSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountsPageTest {

    private static final Pattern FORM = Pattern.compile("<form ");
    private static final Pattern CSRF_FIELD = Pattern.compile(
            "<input type=\"hidden\" name=\"csrf-token\" value=\"" + CSRF_TOKEN + "\">");

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        for (String page : new String[] {"/admin/accounts", "/admin/accounts/admin"}) {
            given().redirects().follow(false).get(page)
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }
        given().redirects().follow(false).formParam("username", "anonymous-try")
                .formParam("password", Accounts.PASSWORD).formParam("roles", Roles.ADMIN)
                .post("/admin/accounts").then().statusCode(302).header("Location", endsWith("/login"));
        Accounts.asAdmin().get("/api/v1/accounts/anonymous-try").then().statusCode(404);
    }

    @Test
    void refusesLibrariansAndShowsTheLinkOnlyToAdministrators() {
        String librarian = Accounts.create("page-librarian", Roles.LIBRARIAN);
        asSignedIn(librarian).get("/admin/accounts").then().statusCode(403).contentType("text/html");
        asSignedIn(librarian).get("/admin/accounts/" + librarian).then().statusCode(403);
        asSignedIn(librarian).formParam("username", "made-by-a-librarian").formParam("password", Accounts.PASSWORD)
                .formParam("roles", Roles.ADMIN).post("/admin/accounts").then().statusCode(403);
        asSignedIn(librarian).post("/admin/accounts/{u}/disable", Accounts.ADMIN).then().statusCode(403);
        Accounts.asAdmin().get("/api/v1/accounts/made-by-a-librarian").then().statusCode(404);

        asSignedIn(librarian).get("/account/tokens").then().statusCode(200)
                .body(not(containsString("href=\"/admin/accounts\"")));
        asSignedInLibrarian().get("/account/tokens").then().statusCode(200)
                .body(containsString("href=\"/admin/accounts\">Accounts</a></li>"))
                .body(containsString("Other accounts' tokens are listed with each account"));
        given().get("/").then().body(not(containsString("href=\"/account/tokens\"")));
    }

    @Test
    void createsReRolesDisablesAndEnablesAnAccountRecordingEveryChange() {
        String name = "page-made-" + UUID.randomUUID().toString().substring(0, 8);
        asSignedInLibrarian().formParam("username", name).formParam("password", Accounts.PASSWORD)
                .formParam("roles", Roles.READER)
                .post("/admin/accounts")
                .then().statusCode(303).header("Location", endsWith("/admin/accounts?done=created&account=" + name));
        asSignedInLibrarian().get("/admin/accounts?done=created&account=" + name).then().statusCode(200)
                .body(containsString("Account " + name + " created, with the roles reader."))
                .body(containsString("data-account=\"" + name + "\""));

        asSignedInLibrarian().formParam("roles", Roles.LIBRARIAN).formParam("roles", Roles.READER)
                .post("/admin/accounts/{u}/roles", name)
                .then().statusCode(303).header("Location", endsWith("done=roles&account=" + name));
        asSignedInLibrarian().get("/admin/accounts?done=roles&account=" + name)
                .then().body(containsString(name + " now has the roles librarian, reader."));

        asSignedInLibrarian().post("/admin/accounts/{u}/disable", name)
                .then().statusCode(303).header("Location", endsWith("done=disabled&account=" + name));
        asSignedInLibrarian().get("/admin/accounts?done=disabled&account=" + name)
                .then().body(containsString(name + " can no longer sign in"))
                .body(containsString("action=\"/admin/accounts/" + name + "/enable\""));
        Accounts.as(name).get("/api/v1/tokens").then().statusCode(401);

        asSignedInLibrarian().post("/admin/accounts/{u}/enable", name).then().statusCode(303);
        Accounts.as(name).get("/api/v1/tokens").then().statusCode(200);

        Accounts.asAdmin().get("/api/v1/accounts/{u}/events", name).then().statusCode(200)
                .body("type", contains("account-created", "account-roles-changed", "account-disabled",
                        "account-enabled"))
                .body("agent", everyItem(equalTo(Accounts.ADMIN)));
        asSignedInLibrarian().get("/admin/accounts/{u}", name).then().statusCode(200)
                .body(containsString("<h1>" + name + "</h1>"))
                .body(containsString("Account roles changed"))
                .body(containsString("roles reader -&gt; librarian,reader"));
    }

    @Test
    void explainsRefusalsOnThePageAndKeepsWhatWasTyped() {
        String taken = Accounts.create("page-taken", Roles.READER);
        asSignedInLibrarian().formParam("username", taken).formParam("password", Accounts.PASSWORD)
                .formParam("roles", Roles.LIBRARIAN).post("/admin/accounts")
                .then().statusCode(409).contentType("text/html")
                .body(containsString("An account named &#39;" + taken + "&#39; already exists."))
                .body(containsString("value=\"" + taken + "\""))
                .body(containsString("value=\"librarian\" checked"))
                .body(not(containsString(Accounts.PASSWORD)));
        asSignedInLibrarian().formParam("username", "page-weak").formParam("password", "too short")
                .formParam("roles", Roles.READER).post("/admin/accounts")
                .then().statusCode(400).body(containsString("at least 12 characters"))
                .body(not(containsString("too short")));
        asSignedInLibrarian().formParam("username", "page-roleless").formParam("password", Accounts.PASSWORD)
                .post("/admin/accounts").then().statusCode(400).body(containsString("Roles are a non-empty list"));
        asSignedInLibrarian().formParam("username", "../etc").formParam("password", Accounts.PASSWORD)
                .formParam("roles", Roles.READER).post("/admin/accounts")
                .then().statusCode(400).body(containsString("is not one"));

        asSignedInLibrarian().post("/admin/accounts/{u}/disable", Accounts.ADMIN)
                .then().statusCode(409).contentType("text/html").body(containsString("Nothing was changed"))
                .body(containsString("last enabled administrator"));
        asSignedInLibrarian().formParam("roles", Roles.LIBRARIAN).post("/admin/accounts/{u}/roles", Accounts.ADMIN)
                .then().statusCode(409).body(containsString("last enabled administrator"));
        asSignedInLibrarian().post("/admin/accounts/{u}/disable", "nobody-" + taken)
                .then().statusCode(404).body(containsString("No account is named"));
        asSignedInLibrarian().get("/admin/accounts/{u}", "nobody-" + taken).then().statusCode(404)
                .contentType("text/html");
        Accounts.asAdmin().get("/api/v1/accounts/{u}", Accounts.ADMIN).then().body("enabled", equalTo(true));
    }

    @Test
    void formsWorkWithThePagesCsrfFieldAndAre403WithoutIt() {
        String session = LibrarianSession.signIn();
        String page = given().cookie(COOKIE, session).cookie("csrf-token", CSRF_TOKEN).get("/admin/accounts")
                .then().statusCode(200).extract().asString();
        assertEquals(FORM.matcher(page).results().count(), CSRF_FIELD.matcher(page).results().count(),
                "every form carries the CSRF field");

        String name = "page-csrf-" + UUID.randomUUID().toString().substring(0, 8);
        Response forged = given().redirects().follow(false).cookie(COOKIE, session)
                .formParam("username", name).formParam("password", Accounts.PASSWORD).formParam("roles", Roles.READER)
                .post("/admin/accounts");
        forged.then().statusCode(403).contentType("text/html").body(containsString("CSRF token is missing"));
        given().redirects().follow(false).cookie(COOKIE, session).post("/admin/accounts/{u}/disable", Accounts.ADMIN)
                .then().statusCode(403);
        Accounts.asAdmin().get("/api/v1/accounts/{u}", name).then().statusCode(404);

        given().redirects().follow(false).cookie(COOKIE, session).cookie("csrf-token", CSRF_TOKEN)
                .formParam("csrf-token", CSRF_TOKEN)
                .formParam("username", name).formParam("password", Accounts.PASSWORD).formParam("roles", Roles.READER)
                .post("/admin/accounts").then().statusCode(303);
        Accounts.asAdmin().get("/api/v1/accounts/{u}", name).then().statusCode(200);
    }

    @Test
    void showsAndRevokesAnotherAccountsTokens() {
        String owner = Accounts.create("page-token-owner", Roles.LIBRARIAN);
        String secret = Accounts.tokenOf(owner);
        long id = Accounts.as(owner).get("/api/v1/tokens").then().extract().jsonPath().getLong("[0].id");
        String other = Accounts.create("page-other", Roles.READER);

        String page = asSignedInLibrarian().get("/admin/accounts/{u}", owner).then().statusCode(200)
                .body(containsString("data-token-id=\"" + id + "\""))
                .body(containsString("test token"))
                .body(containsString("action=\"/admin/accounts/" + owner + "/tokens/" + id + "/revoke\""))
                .extract().asString();
        assertEquals(FORM.matcher(page).results().count(), CSRF_FIELD.matcher(page).results().count());

        asSignedInLibrarian().post("/admin/accounts/{u}/tokens/{id}/revoke", other, id).then().statusCode(404);
        Accounts.withToken(secret).get("/api/v1/tokens").then().statusCode(200);

        asSignedInLibrarian().post("/admin/accounts/{u}/tokens/{id}/revoke", owner, id)
                .then().statusCode(303).header("Location", endsWith("/admin/accounts/" + owner + "?revoked=" + id));
        Accounts.withToken(secret).get("/api/v1/tokens").then().statusCode(401);
        asSignedInLibrarian().get("/admin/accounts/{u}?revoked={id}", owner, id).then().statusCode(200)
                .body(containsString("Token “test token” is revoked"))
                .body(containsString("badge-revoked"))
                .body(not(containsString("/tokens/" + id + "/revoke")));
        Accounts.asAdmin().get("/api/v1/accounts/{u}/events", owner).then()
                .body("find { it.type == 'token-revoked' }.agent", equalTo(Accounts.ADMIN));
    }
}
