package archive.api.tokens;

import static archive.api.support.Accounts.as;
import static archive.api.support.Accounts.withToken;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import archive.api.support.Accounts;
import archive.core.account.ApiToken;
import archive.core.account.Roles;
import archive.core.storage.ContentDigest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenApiTest {

    @Test
    void showsTheSecretOnceAndStoresOnlyItsHash() {
        String owner = Accounts.create("owner", Roles.LIBRARIAN);
        Response created = as(owner).contentType(ContentType.JSON).body(Map.of("name", "CI uploads"))
                .post("/api/v1/tokens");
        created.then().statusCode(201)
                .header("Cache-Control", "no-store")
                .header("Location", containsString("/api/v1/tokens/"))
                .body("token", startsWith("archive_"))
                .body("account", equalTo(owner))
                .body("status", equalTo("active"));
        String secret = created.path("token");
        long id = created.<Number>path("id").longValue();

        as(owner).get("/api/v1/tokens").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].name", equalTo("CI uploads"))
                .body("[0].token", nullValue());
        ApiToken stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id));
        assertEquals(ContentDigest.sha256Hex(secret.getBytes(StandardCharsets.UTF_8)), stored.secretSha256);
        assertFalse(stored.secretSha256.contains(secret.substring("archive_".length())));

        withToken(secret).contentType("text/plain").body(utf8(unique("sent with a token")))
                .post("/api/v1/documents").then().statusCode(201).body("versions[0].createdBy", equalTo(owner));
    }

    @Test
    void aRevokedTokenIs401() {
        String owner = Accounts.create("revoker", Roles.LIBRARIAN);
        Response created = as(owner).contentType(ContentType.JSON).body(Map.of("name", "short-lived"))
                .post("/api/v1/tokens");
        String secret = created.path("token");
        withToken(secret).post("/api/v1/audits/fixity").then().statusCode(200);

        as(owner).delete("/api/v1/tokens/{id}", created.<Number>path("id")).then().statusCode(204);

        withToken(secret).post("/api/v1/audits/fixity").then().statusCode(401)
                .contentType("application/problem+json");
        as(owner).get("/api/v1/tokens").then().body("[0].status", equalTo("revoked"))
                .body("[0].revokedBy", equalTo(owner));
    }

    @Test
    void anExpiredTokenIs401() {
        String owner = Accounts.create("expirer", Roles.LIBRARIAN);
        Instant expiry = Instant.now().plus(1, ChronoUnit.DAYS);
        Response created = as(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "a day", "expiresAt", expiry.toString())).post("/api/v1/tokens");
        created.then().statusCode(201).body("expiresAt", equalTo(expiry.toString()));
        String secret = created.path("token");
        withToken(secret).post("/api/v1/audits/fixity").then().statusCode(200);

        long id = created.<Number>path("id").longValue();
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update(
                "createdAt = ?1, expiresAt = ?2 where id = ?3", Instant.now().minus(2, ChronoUnit.DAYS),
                Instant.now().minus(1, ChronoUnit.SECONDS), id));

        withToken(secret).post("/api/v1/audits/fixity").then().statusCode(401);
        as(owner).get("/api/v1/tokens").then().body("[0].status", equalTo("expired"));
    }

    @Test
    void refusesUnusableTokenRequests() {
        String owner = Accounts.create("careless", Roles.READER);
        as(owner).contentType(ContentType.JSON).body(Map.of("name", "past", "expiresAt", "2001-01-01T00:00:00Z"))
                .post("/api/v1/tokens").then().statusCode(400).contentType("application/problem+json");
        as(owner).contentType(ContentType.JSON).body(Map.of("name", "")).post("/api/v1/tokens")
                .then().statusCode(400);
        as(owner).contentType(ContentType.JSON).body(Map.of("name", "x", "expiresAt", "tomorrow"))
                .post("/api/v1/tokens").then().statusCode(400);
        as(owner).contentType(ContentType.JSON).body(Map.of("name", "x", "scope", "all"))
                .post("/api/v1/tokens").then().statusCode(400);
        withToken("archive_" + "A".repeat(43)).post("/api/v1/audits/fixity").then().statusCode(401);
        withToken("").post("/api/v1/audits/fixity").then().statusCode(401);
    }

    @Test
    void onlyTheOwnerOrAnAdminRevokesOrListsATokenAndAdminsMayIssueForOthers() {
        String owner = Accounts.create("holder", Roles.READER);
        String stranger = Accounts.create("stranger", Roles.LIBRARIAN);
        long id = as(owner).contentType(ContentType.JSON).body(Map.of("name", "mine")).post("/api/v1/tokens")
                .then().extract().<Number>path("id").longValue();

        as(stranger).delete("/api/v1/tokens/{id}", id).then().statusCode(404);
        as(stranger).get("/api/v1/tokens?account={o}", owner).then().statusCode(403);
        as(stranger).contentType(ContentType.JSON).body(Map.of("name", "forged", "account", owner))
                .post("/api/v1/tokens").then().statusCode(403);
        as(stranger).delete("/api/v1/tokens/{id}", "not-a-number").then().statusCode(404);

        Accounts.asAdmin().get("/api/v1/tokens?account={o}", owner).then().statusCode(200).body("", hasSize(1));
        Accounts.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "issued by admin", "account", owner))
                .post("/api/v1/tokens").then().statusCode(201).body("account", equalTo(owner))
                .body("createdBy", equalTo(Accounts.ADMIN));
        Accounts.asAdmin().delete("/api/v1/tokens/{id}", id).then().statusCode(204);
        as(owner).get("/api/v1/tokens").then().body("status", hasItem("revoked"))
                .body("findAll { it.token != null }", hasSize(0));
    }
}
