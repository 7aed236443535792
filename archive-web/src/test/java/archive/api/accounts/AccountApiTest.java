package archive.api.accounts;

import static archive.api.support.Accounts.as;
import static archive.api.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import archive.api.support.Accounts;
import archive.core.account.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountApiTest {

    @Test
    void createsListsAndDescribesAccountsWithoutTheirPasswords() {
        String name = Accounts.create("archivist", Roles.LIBRARIAN, Roles.READER);
        asAdmin().get("/api/v1/accounts").then().statusCode(200)
                .body("username", hasItem(name))
                .body("find { it.username == '" + name + "' }.roles", contains("librarian", "reader"))
                .body("find { it.username == '" + name + "' }.passwordHash", nullValue());
        asAdmin().get("/api/v1/accounts/{u}", name).then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("links.events", equalTo("/api/v1/accounts/" + name + "/events"));
        as(name).get("/api/v1/tokens").then().statusCode(200);
    }

    @Test
    void refusesBadAccountsWithProblemDetails() {
        String taken = Accounts.create("taken", Roles.READER);
        create(taken, Accounts.PASSWORD, "reader").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(taken));
        create("../etc", Accounts.PASSWORD, "reader").then().statusCode(400);
        create("short-password", "2short", "reader").then().statusCode(400)
                .body("detail", containsString("12"));
        create("too-long-password", "é".repeat(40), "reader").then().statusCode(400);
        create("no-such-role", Accounts.PASSWORD, "superuser").then().statusCode(400)
                .body("detail", containsString("superuser"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "x-roles", "password", Accounts.PASSWORD))
                .post("/api/v1/accounts").then().statusCode(400);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "x-admin", "password", Accounts.PASSWORD, "roles", new String[] {"admin"},
                        "isRoot", true))
                .post("/api/v1/accounts").then().statusCode(400).body("type", equalTo("/problems/malformed-json"));
        asAdmin().get("/api/v1/accounts/{u}", "nobody-" + taken).then().statusCode(404);
        asAdmin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/accounts/{u}", "nobody-" + taken).then().statusCode(404);
    }

    @Test
    void changesRolesDisablesAndResetsPasswordsRecordingEveryChange() {
        String name = Accounts.create("changing", Roles.READER);
        patch(name, Map.of("roles", new String[] {"librarian"})).then().statusCode(200)
                .body("roles", contains("librarian"));
        patch(name, Map.of("enabled", false)).then().statusCode(200).body("enabled", equalTo(false));
        as(name).get("/api/v1/tokens").then().statusCode(401);
        patch(name, Map.of("enabled", true, "password", "a brand new password")).then().statusCode(200);
        as(name).get("/api/v1/tokens").then().statusCode(401);
        io.restassured.RestAssured.given().auth().preemptive().basic(name, "a brand new password")
                .get("/api/v1/tokens").then().statusCode(200);

        asAdmin().get("/api/v1/accounts/{u}/events", name).then().statusCode(200)
                .body("type", contains("account-created", "account-roles-changed", "account-disabled",
                        "account-enabled", "account-password-changed"))
                .body("agent", contains(Accounts.ADMIN, Accounts.ADMIN, Accounts.ADMIN, Accounts.ADMIN,
                        Accounts.ADMIN))
                .body("[1].detail", equalTo("roles reader -> librarian"));
    }

    @Test
    void neverLeavesTheArchiveWithoutAnAdministrator() {
        patch(Accounts.ADMIN, Map.of("enabled", false)).then().statusCode(409)
                .body("detail", containsString("last enabled administrator"));
        patch(Accounts.ADMIN, Map.of("roles", new String[] {"librarian"})).then().statusCode(409);
        asAdmin().get("/api/v1/accounts/{u}", Accounts.ADMIN).then().body("enabled", equalTo(true))
                .body("roles", hasItem("admin"));
    }

    private static io.restassured.response.Response create(String username, String password, String role) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", new String[] {role}))
                .post("/api/v1/accounts");
    }

    private static io.restassured.response.Response patch(String username, Map<String, Object> change) {
        return asAdmin().contentType(ContentType.JSON).body(change).patch("/api/v1/accounts/{u}", username);
    }
}
