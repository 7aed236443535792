package archive.web.support;

import static io.restassured.RestAssured.given;

import archive.api.support.Accounts;
import io.restassured.specification.RequestSpecification;

/** A librarian signed in through the login form, as a browser would be: requests carry the session cookie. */
public final class LibrarianSession {

    private LibrarianSession() {
    }

    /** The session cookie's name (Quarkus form authentication's default). */
    public static final String COOKIE = "quarkus-credential";

    public static String signIn() {
        String cookie = given().redirects().follow(false)
                .formParam("j_username", Accounts.ADMIN)
                .formParam("j_password", Accounts.ADMIN_PASSWORD)
                .post("/j_security_check")
                .then().statusCode(302)
                .extract().cookie(COOKIE);
        if (cookie == null) {
            throw new IllegalStateException("signing in set no session cookie");
        }
        return cookie;
    }

    /** A signed-in browser, with the CSRF token its pages would give it (as cookie and as header). */
    public static RequestSpecification asSignedInLibrarian() {
        String csrf = "t".repeat(43);
        return given().redirects().follow(false).cookie(COOKIE, signIn())
                .cookie("csrf-token", csrf).header("X-CSRF-Token", csrf);
    }
}
