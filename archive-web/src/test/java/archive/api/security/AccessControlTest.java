package archive.api.security;

import static archive.api.support.Accounts.as;
import static archive.api.support.Accounts.withToken;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.Accounts;
import archive.core.account.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Who may do what: anonymous and reader writes are refused, each role gets exactly its own operations. */
@QuarkusTest
class AccessControlTest {

    private static final String SEED = "095111aef963144d";

    @Test
    void anonymousWritesAre401WithBothChallenges() {
        everyWrite(RestAssured::given).forEach(write -> write.then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("realm=\"archive\"")));
        given().get("/api/v1/accounts").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/tokens")
                .then().statusCode(401);
        assertEquals(List.of("Bearer realm=\"archive\"", "Basic realm=\"archive\", charset=\"UTF-8\""),
                given().contentType("text/plain").body("x").post("/api/v1/documents")
                        .then().extract().headers().getValues("WWW-Authenticate"));
    }

    @Test
    void readersMayReadButNotWrite() {
        String reader = Accounts.create("reader", Roles.READER);
        as(reader).get("/api/v1/documents/{id}/text", SEED).then().statusCode(200);
        everyWrite(() -> as(reader)).forEach(write -> write.then().statusCode(403)
                .contentType("application/problem+json"));
        String token = Accounts.tokenOf(reader);
        everyWrite(() -> withToken(token)).forEach(write -> write.then().statusCode(403));
    }

    @Test
    void librariansWriteButDoNotAdministerAccounts() {
        String librarian = Accounts.create("librarian", Roles.LIBRARIAN);
        as(librarian).contentType("text/plain").body(utf8(unique("by a librarian"))).post("/api/v1/documents")
                .then().statusCode(201);
        as(librarian).get("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
        as(librarian).contentType(ContentType.JSON)
                .body(Map.of("username", "someone", "password", Accounts.PASSWORD, "roles", new String[] {"admin"}))
                .post("/api/v1/accounts").then().statusCode(403);
        as(librarian).get("/api/v1/tokens?account=admin").then().statusCode(403);
    }

    @Test
    void aTokenActsWithItsOwnersCurrentRoles() {
        String user = Accounts.create("promoted", Roles.READER);
        String token = Accounts.tokenOf(user);
        withToken(token).contentType("text/plain").body(utf8(unique("too early"))).post("/api/v1/documents")
                .then().statusCode(403);

        Accounts.asAdmin().contentType(ContentType.JSON).body(Map.of("roles", new String[] {"librarian"}))
                .patch("/api/v1/accounts/{u}", user).then().statusCode(200);
        withToken(token).contentType("text/plain").body(utf8(unique("now allowed"))).post("/api/v1/documents")
                .then().statusCode(201).body("versions[0].createdBy", equalTo(user));
    }

    @Test
    void disablingAnAccountStopsItsPasswordAndItsTokens() {
        String user = Accounts.create("leaver", Roles.LIBRARIAN);
        String token = Accounts.tokenOf(user);
        Accounts.asAdmin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/accounts/{u}", user).then().statusCode(200);

        as(user).post("/api/v1/audits/fixity").then().statusCode(401);
        withToken(token).post("/api/v1/audits/fixity").then().statusCode(401);
        given().get("/api/v1/accounts/{u}/events", user).then().statusCode(401);
        Accounts.asAdmin().get("/api/v1/accounts/{u}/events", user).then().statusCode(200)
                .body("type", hasItems("account-created", "token-created", "account-disabled"));
    }

    /** One request of every kind that changes something, as the given client sends it. */
    private static List<Response> everyWrite(Supplier<RequestSpecification> client) {
        return List.of(
                client.get().contentType("text/plain").body(utf8(unique("write"))).post("/api/v1/documents"),
                client.get().multiPart("file", "a.txt", utf8(unique("write"))).post("/api/v1/documents"),
                client.get().contentType("text/plain").header("If-Match", "*").body(utf8(unique("write")))
                        .put("/api/v1/documents/{id}/text", SEED),
                client.get().post("/api/v1/audits/fixity"),
                client.get().contentType(ContentType.JSON).body(Map.of("folder", "."))
                        .post("/api/v1/imports"));
    }
}
