package archive.api.oai;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.Accounts;
import archive.api.support.PrivateArchive;
import archive.core.account.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With ARCHIVE_PUBLIC_READ=false OAI-PMH is closed like every read: strangers get 401, accounts harvest. */
@QuarkusTest
@TestProfile(PrivateArchive.class)
class PrivateArchiveOaiTest {

    @Test
    void onlySignedInHarvestersMayHarvest() {
        given().get("/oai?verb=Identify").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/x-www-form-urlencoded").formParam("verb", "Identify").post("/oai")
                .then().statusCode(401).contentType("application/problem+json");

        String reader = Accounts.create("harvester", Roles.READER);
        assertEquals(List.of(), Oai.get(Accounts.as(reader), "verb", "Identify").errors());
    }
}
