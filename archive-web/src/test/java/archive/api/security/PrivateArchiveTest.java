package archive.api.security;

import static archive.api.support.Accounts.as;
import static archive.api.support.Accounts.withToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import archive.api.support.Accounts;
import archive.api.support.PrivateArchive;
import archive.api.support.Seeds;
import archive.core.account.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARCHIVE_PUBLIC_READ=false: reading needs an account of any role; sign-in failures are limited per address. */
@QuarkusTest
@TestProfile(PrivateArchive.class)
class PrivateArchiveTest {

    private static final String SEED = "095111aef963144d";

    @Test
    void strangersMayNotReadButAnySignedInAccountMay() {
        given().get("/api/v1/documents").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/documents/{id}/text", SEED).then().statusCode(401);
        given().get("/api/v1/content/sha256/{hex}", "0".repeat(64)).then().statusCode(401);
        for (String read : List.of("/api/v1/documents/" + SEED + "/timegate", "/api/v1/documents/" + SEED
                + "/timemap", "/api/v1/documents/" + SEED + "/linkset",
                "/api/v1/documents/" + SEED + "/bag", "/api/v1/documents/" + Seeds.UNTITLED_REWRITE + "/provenance/"
                + SEED + "/bag", "/timegate/" + Seeds.DEFENSE_NEWS_STORIES,
                "/timemap/link/" + Seeds.DEFENSE_NEWS_STORIES)) {
            given().urlEncodingEnabled(false).redirects().follow(false).get(read).then().statusCode(401)
                    .contentType("application/problem+json");
        }

        given().get("/unapi").then().statusCode(401);
        given().get("/unapi?id={id}&format=ris", SEED).then().statusCode(401);
        given().redirects().follow(false).get("/documents/{id}", SEED).then().statusCode(303)
                .header("Location", endsWith("/login"));

        String reader = Accounts.create("private-reader", Roles.READER);
        as(reader).get("/api/v1/documents/{id}/text", SEED).then().statusCode(200);
        as(reader).get("/api/v1/documents/{id}/bag", SEED).then().statusCode(200).contentType("application/zip");
        as(reader).urlEncodingEnabled(false).get("/timemap/link/" + Seeds.DEFENSE_NEWS_STORIES).then()
                .statusCode(200);
        as(reader).get("/unapi?id={id}&format=ris", SEED).then().statusCode(200);
        as(reader).get("/documents/{id}", SEED).then().statusCode(200);
        withToken(Accounts.tokenOf(reader)).get("/api/v1/documents").then().statusCode(200);
        as(reader).contentType("text/plain").body("no").post("/api/v1/documents").then().statusCode(403);
    }

    @Test
    void healthAndTheApiDescriptionStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200).contentType("text/html");
    }

    /** A stranger refused needs to read what the refusal means. */
    @Test
    void theProblemTypePagesStayOpen() {
        given().get("/problems/if-match-required").then().statusCode(200).contentType("text/html");
        given().accept("application/json").get("/problems/document-not-found").then().statusCode(200)
                .body("status", equalTo(404));
        given().get("/problems").then().statusCode(200);
    }

    @Test
    void aBrowserIsSentToTheLoginPage() {
        given().redirects().follow(false).accept("text/html,application/xhtml+xml").get("/logout")
                .then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void anAddressRunsOutOfAttemptsWhateverItTries() {
        String address = "203.0.113.77";
        for (int i = 0; i < PrivateArchive.MAX_FAILURES_PER_ADDRESS; i++) {
            withToken("archive_guess" + i).header("X-Forwarded-For", address).get("/api/v1/documents")
                    .then().statusCode(401);
        }
        Accounts.asAdmin().header("X-Forwarded-For", address).get("/api/v1/documents")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString("from your address"));
        Accounts.asAdmin().header("X-Forwarded-For", "203.0.113.78").get("/api/v1/documents")
                .then().statusCode(200);
    }
}
