package archive.web.login;

import static archive.web.support.LibrarianSession.COOKIE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.endsWith;

import archive.api.support.Accounts;
import archive.web.support.LibrarianSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginPageTest {

    @Test
    void sendsAnonymousReadersOfLibrarianPagesToTheLoginPage() {
        for (String page : new String[] {"/librarian/upload", "/librarian/bulk", "/librarian/fixity"}) {
            given().redirects().follow(false).get(page)
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }
        given().get("/login").then().statusCode(200).contentType("text/html")
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("autocomplete=\"current-password\""));
    }

    @Test
    void signsInWithAnHttpOnlyStrictSessionCookie() {
        Response response = given().redirects().follow(false)
                .formParam("j_username", Accounts.ADMIN)
                .formParam("j_password", Accounts.ADMIN_PASSWORD)
                .post("/j_security_check");

        response.then().statusCode(302).header("Location", endsWith("/librarian/upload"))
                .header("Set-Cookie", allOf(containsString(COOKIE + "="), containsStringIgnoringCase("HttpOnly"),
                        containsString("SameSite=Strict")));
        given().cookie(COOKIE, response.cookie(COOKIE)).get("/librarian/upload")
                .then().statusCode(200).body(containsString("Sign out"));
    }

    @Test
    void explainsAFailedSignIn() {
        given().redirects().follow(false)
                .formParam("j_username", Accounts.ADMIN)
                .formParam("j_password", "wrong password")
                .post("/j_security_check")
                .then().statusCode(303).header("Location", endsWith("/login/failed"));
        given().get("/login/failed").then().statusCode(401).contentType("text/html")
                .body(containsString("do not match an account"));
    }

    @Test
    void signingOutEndsTheSession() {
        LibrarianSession.asSignedInLibrarian().post("/logout")
                .then().statusCode(303).header("Location", endsWith("/"))
                .header("Set-Cookie", allOf(containsString(COOKIE + "="), containsString("Max-Age=0")));
    }
}
