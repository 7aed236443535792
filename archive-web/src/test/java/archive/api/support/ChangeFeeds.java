package archive.api.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The change feed as a client that follows it reads it: page after page, by the next links. */
public final class ChangeFeeds {

    private ChangeFeeds() {
    }

    /** The cursor after the newest change so far, where a follower starting now begins. */
    public static String endOfFeed() {
        String cursor = null;
        for (JsonPath page = given().get("/api/v1/changes?size=100").then().statusCode(200).extract().jsonPath();
                !page.getList("items").isEmpty();
                page = given().queryParam("after", cursor).get("/api/v1/changes?size=100").then().statusCode(200)
                        .extract().jsonPath()) {
            cursor = page.getString("items[-1].cursor");
        }
        assertNotNull(cursor, "the seeds are in the feed");
        return cursor;
    }

    /**
     * Every change after the cursor, following the next links (of the Link header, the same as the JSON's) through
     * pages of this size until one is empty, which links itself.
     */
    public static List<Map<String, Object>> follow(String cursor, int size) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String next = "/api/v1/changes?size=" + size + "&after=" + cursor;
        while (true) {
            Response response = given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                    .contentType("application/json").extract().response();
            List<Map<String, Object>> items = response.jsonPath().getList("items");
            assertTrue(items.size() <= size);
            String linked = LinkFormat.first(LinkFormat.parse(response.header("Link")), "next").orElseThrow()
                    .target();
            assertEquals(response.jsonPath().getString("next"), linked);
            if (items.isEmpty()) {
                assertTrue(linked.endsWith(next), "an empty page links itself as next: " + linked);
                return changes;
            }
            changes.addAll(items);
            assertTrue(linked.endsWith("after=" + items.get(items.size() - 1).get("cursor")), linked);
            next = pathAndQuery(linked);
        }
    }

    /** The part of an absolute link a test's request names. */
    public static String pathAndQuery(String address) {
        URI uri = URI.create(address);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
