package archive.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Credentials of the accounts the tests use (the admin is created at start from %test configuration). */
public final class Accounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private Accounts() {
    }

    public static RequestSpecification asLibrarian() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }
}
