package archive.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void isReadyWhenDatabaseAndStoreAreUsable() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("ocfl-store"));
    }

    @Test
    void tellsHowManyDocumentsWaitForTheirMetadataAndProvenance() {
        given().get("/q/health/well")
                .then().statusCode(200)
                .body("checks.find { it.name == 'derivation-queue' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'derivation-queue' }.data.queued", greaterThanOrEqualTo(0));
    }
}
