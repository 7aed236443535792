package archive.api.citations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StyleApiTest {

    @Test
    void findsStylesByIdPrefixFirst() {
        given().get("/api/v1/styles?q=chicago")
                .then().statusCode(200)
                .body("total", greaterThan(5))
                .body("items[0].id", startsWith("chicago"))
                .body("items.id", hasItem("chicago-author-date"))
                .body("items.title", everyItem(notNullValue()));
    }

    @Test
    void exactIdComesFirstAndTitlesAreSearched() {
        given().get("/api/v1/styles?q=apa").then().body("items[0].id", equalTo("apa"))
                .body("items[0].title", equalTo("APA Style 7th edition"));
        given().get("/api/v1/styles?q=Cite Them Right").then().body("items.id", hasItem("harvard-cite-them-right"));
    }

    @Test
    void pagesThroughAllStyles() {
        List<String> links = given().get("/api/v1/styles?size=2&page=3")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(3))
                .body("total", greaterThan(10_000))
                .extract().headers().getValues("Link");

        assertTrue(links.stream().anyMatch(link -> link.endsWith("/api/v1/styles?page=4&size=2>; rel=\"next\"")),
                links.toString());
    }

    @Test
    void badPageIs400() {
        given().get("/api/v1/styles?q=apa&page=zero")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
