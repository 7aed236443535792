package archive.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** Credentials of the accounts the tests use (the admin is created at start from %test configuration). */
public final class Accounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    /** Every account a test creates gets this password. */
    public static final String PASSWORD = "a test password, long enough";

    private Accounts() {
    }

    public static RequestSpecification asLibrarian() {
        return asAdmin();
    }

    /** The bootstrap account has both the admin and the librarian role. */
    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A new account with a name no other test uses, created through the accounts API. */
    public static String create(String prefix, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "roles", Arrays.asList(roles)))
                .post("/api/v1/accounts")
                .then().statusCode(201);
        return username;
    }

    /** A new API token of the account, as its owner creates it. */
    public static String tokenOf(String username) {
        return as(username).contentType(ContentType.JSON).body(Map.of("name", "test token"))
                .post("/api/v1/tokens")
                .then().statusCode(201)
                .extract().path("token");
    }
}
