package archive.web.support;

import static io.restassured.RestAssured.given;

import archive.api.support.Accounts;
import io.restassured.specification.RequestSpecification;

/** Someone signed in through the login form, as a browser would be: requests carry the session cookie. */
public final class LibrarianSession {

    private LibrarianSession() {
    }

    /** The session cookie's name (Quarkus form authentication's default). */
    public static final String COOKIE = "quarkus-credential";
    /** The CSRF token the signed-in requests present, as cookie and as header. */
    public static final String CSRF_TOKEN = "t".repeat(43);

    /** The bootstrap administrator, who is also a librarian. */
    public static String signIn() {
        return signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
    }

    /** The session cookie of the account. */
    public static String signIn(String username, String password) {
        String cookie = given().redirects().follow(false)
                .formParam("j_username", username)
                .formParam("j_password", password)
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
        return withCsrfToken(signIn());
    }

    /** An account a test created (with {@link Accounts#PASSWORD}), signed in like {@link #asSignedInLibrarian()}. */
    public static RequestSpecification asSignedIn(String username) {
        return withCsrfToken(signIn(username, Accounts.PASSWORD));
    }

    private static RequestSpecification withCsrfToken(String session) {
        return given().redirects().follow(false).cookie(COOKIE, session)
                .cookie("csrf-token", CSRF_TOKEN).header("X-CSRF-Token", CSRF_TOKEN);
    }
}
