package archive.api.memento;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.LinkFormat;
import archive.api.support.LinkFormat.Link;
import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Memento (RFC 7089): versions are mementos of the current text, with TimeGates and TimeMaps, also by address. */
@QuarkusTest
class MementoApiTest {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String LONG_BEFORE = "Sat, 01 Jan 2000 00:00:00 GMT";

    @Test
    void aVersionIsAMementoWithItsDatetimeOriginalTimeGateTimeMapAndNeighbours() {
        String id = documentWithThreeVersions();
        Response second = given().get("/api/v1/documents/{id}/versions/2/text", id).then().statusCode(200)
                .extract().response();
        Instant archived = Instant.parse(given().get("/api/v1/documents/{id}/versions/2", id).then()
                .extract().path("createdAt"));
        assertEquals(HTTP_DATE.format(archived), second.header("Memento-Datetime"));
        assertEquals(archived.getEpochSecond(), ZonedDateTime.parse(second.header("Memento-Datetime"),
                DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond());

        List<Link> links = LinkFormat.parse(second.header("Link"));
        assertEquals(documentAddress(id, "text"), only(links, "original").target());
        assertEquals(documentAddress(id, "timegate"), only(links, "timegate").target());
        Link timemap = only(links, "timemap");
        assertEquals(documentAddress(id, "timemap"), timemap.target());
        assertEquals("application/link-format", timemap.get("type"));
        // version 1 is both the first and the previous memento, version 3 the next and the last: one link each
        Link first = only(links, "first");
        assertEquals(List.of("first", "prev", "memento"), first.relations());
        assertTrue(first.target().endsWith("/api/v1/documents/" + id + "/versions/1/text"), first.target());
        assertEquals(List.of("next", "last", "memento"), only(links, "last").relations());
        assertTrue(only(links, "next").target().endsWith("/versions/3/text"));
        LinkFormat.withRelation(links, "memento").forEach(memento -> assertTrue(memento.get("datetime")
                .endsWith(" GMT"), memento.toString()));
    }

    @Test
    void theOnlyVersionIsTheFirstAndLastMemento() {
        Response response = given().get("/api/v1/documents/{id}/versions/1/text", Seeds.UNTITLED_REWRITE).then()
                .statusCode(200).extract().response();
        List<Link> links = LinkFormat.parse(response.header("Link"));
        Link memento = only(links, "memento");
        assertEquals(List.of("first", "last", "memento"), memento.relations());
        assertEquals(response.header("Memento-Datetime"), memento.get("datetime"));
        assertTrue(LinkFormat.withRelation(links, "prev").isEmpty() && LinkFormat.withRelation(links, "next").isEmpty());
    }

    @Test
    void theCurrentTextIsTheOriginalResourceAndNamesItsTimeGateAndTimeMap() {
        Response response = given().get("/api/v1/documents/{id}/text", Seeds.DEFENSE_STORY_JULY).then()
                .statusCode(200).header("Memento-Datetime", nullValue()).extract().response();
        List<Link> links = LinkFormat.parse(response.header("Link"));
        assertEquals(documentAddress(Seeds.DEFENSE_STORY_JULY, "timegate"), only(links, "timegate").target());
        assertEquals(documentAddress(Seeds.DEFENSE_STORY_JULY, "timemap"), only(links, "timemap").target());
        assertEquals(documentAddress(Seeds.DEFENSE_STORY_JULY, "text"), only(links, "original").target());
    }

    @Test
    void theTimeGateRedirectsToTheVersionInForceAtTheAcceptDatetime() {
        String id = Seeds.UNTITLED_REWRITE;
        String archived = given().get("/api/v1/documents/{id}/versions/1/text", id).then().extract()
                .header("Memento-Datetime");
        String dayAfter = HTTP_DATE.format(ZonedDateTime.parse(archived, DateTimeFormatter.RFC_1123_DATE_TIME)
                .plusDays(1));
        for (String moment : List.of(archived, dayAfter)) {
            Response response = given().redirects().follow(false).header("Accept-Datetime", moment)
                    .get("/api/v1/documents/{id}/timegate", id).then().statusCode(302)
                    .header("Location", endsWith("/api/v1/documents/" + id + "/versions/1/text"))
                    .header("Vary", equalTo("accept-datetime")).extract().response();
            List<Link> links = LinkFormat.parse(response.header("Link"));
            assertEquals(documentAddress(id, "text"), only(links, "original").target());
            assertEquals(documentAddress(id, "timemap"), only(links, "timemap").target());
        }
        given().redirects().follow(true).header("Accept-Datetime", dayAfter).get("/api/v1/documents/{id}/timegate", id)
                .then().statusCode(200).header("Memento-Datetime", equalTo(archived));
    }

    @Test
    void withoutAcceptDatetimeTheTimeGateRedirectsToTheLatestVersion() {
        String id = documentWithThreeVersions();
        given().redirects().follow(false).get("/api/v1/documents/{id}/timegate", id).then().statusCode(302)
                .header("Location", endsWith("/api/v1/documents/" + id + "/versions/3/text"))
                .header("Vary", "accept-datetime");
    }

    @Test
    void aMomentBeforeTheFirstVersionFindsNothing() {
        given().redirects().follow(false).header("Accept-Datetime", LONG_BEFORE)
                .get("/api/v1/documents/{id}/timegate", Seeds.UNTITLED_REWRITE).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/no-memento-before"))
                .body("detail", containsString("first memento was archived at"));
    }

    @Test
    void aMalformedAcceptDatetimeIsRefused() {
        for (String malformed : List.of("yesterday", "2024-07-23T12:00:00Z", "Tue, 23 Jul 2024 12:00:00 +0200",
                "Tue, 32 Jul 2024 12:00:00 GMT")) {
            given().redirects().follow(false).header("Accept-Datetime", malformed)
                    .get("/api/v1/documents/{id}/timegate", Seeds.UNTITLED_REWRITE).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/malformed-accept-datetime"))
                    .body("detail", containsString("RFC 1123"));
        }
        given().get("/api/v1/documents/{id}/timegate", "0000000000000000").then().statusCode(404)
                .body("type", equalTo("/problems/document-not-found"));
    }

    /**
     * Whatever a TimeGate answers depends on Accept-Datetime, its refusals too: a cache that kept the 404 of a moment
     * before the first memento must not serve it to a request for a later moment (RFC 7089 §4.1.1).
     */
    @Test
    void everyAnswerOfATimeGateVariesByAcceptDatetime() {
        String byDocument = "/api/v1/documents/" + Seeds.UNTITLED_REWRITE + "/timegate";
        String byAddress = "/timegate/" + Seeds.DEFENSE_NEWS_STORIES;
        for (String timegate : List.of(byDocument, byAddress)) {
            assertVariesByAcceptDatetime(timegate, null, 302);
            assertVariesByAcceptDatetime(timegate, LONG_BEFORE, 404);
            assertVariesByAcceptDatetime(timegate, "yesterday", 400);
        }
        assertVariesByAcceptDatetime("/api/v1/documents/0000000000000000/timegate", null, 404);
        assertVariesByAcceptDatetime("/api/v1/documents/not-an-id/timegate", null, 404);
        assertVariesByAcceptDatetime("/timegate/https://example.org/never/archived", null, 404);
    }

    private static void assertVariesByAcceptDatetime(String timegate, String acceptDatetime, int status) {
        var request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (acceptDatetime != null) {
            request.header("Accept-Datetime", acceptDatetime);
        }
        request.get(timegate).then().statusCode(status)
                .header("Vary", equalToIgnoringCase("accept-datetime"));
    }

    /** The shape of RFC 7089 §5.1.1's example: original, self with type/from/until, timegate, dated mementos. */
    @Test
    void theTimeMapListsEveryVersionInLinkFormat() {
        String id = documentWithThreeVersions();
        String body = given().get("/api/v1/documents/{id}/timemap", id).then().statusCode(200)
                .contentType(containsString("application/link-format")).extract().asString();
        List<Link> links = LinkFormat.parse(body);
        assertEquals(documentAddress(id, "text"), only(links, "original").target());
        Link self = only(links, "self");
        assertEquals(documentAddress(id, "timemap"), self.target());
        assertEquals("application/link-format", self.get("type"));
        assertEquals(documentAddress(id, "timegate"), only(links, "timegate").target());
        List<Link> mementos = LinkFormat.withRelation(links, "memento");
        assertEquals(3, mementos.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(mementos.get(i).target().endsWith("/versions/" + (i + 1) + "/text"), mementos.get(i).target());
        }
        assertEquals(List.of("first", "memento"), mementos.get(0).relations());
        assertEquals(List.of("memento"), mementos.get(1).relations());
        assertEquals(List.of("last", "memento"), mementos.get(2).relations());
        assertEquals(mementos.get(0).get("datetime"), self.get("from"));
        assertEquals(mementos.get(2).get("datetime"), self.get("until"));
    }

    @Test
    void theTimeMapIsJsonOnRequest() {
        String id = documentWithThreeVersions();
        JsonPath json = given().accept("application/json").get("/api/v1/documents/{id}/timemap", id).then()
                .statusCode(200).contentType("application/json")
                .body("original", equalTo(documentAddress(id, "text")))
                .body("self", equalTo(documentAddress(id, "timemap")))
                .body("timegate", equalTo(documentAddress(id, "timegate")))
                .body("mementos", hasSize(3))
                .body("mementos[1].version", equalTo(2))
                .body("mementos[1].documentId", equalTo(id))
                .body("mementos[1].uri", endsWith("/api/v1/documents/" + id + "/versions/2/text"))
                .extract().jsonPath();
        assertEquals(json.getString("mementos[0].datetime"), json.getString("from"));
        assertEquals(json.getString("mementos[2].datetime"), json.getString("until"));
        given().accept("text/html").get("/api/v1/documents/{id}/timemap", id).then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void theTimeMapOfAnAddressListsTheVersionsOfEveryDocumentFoundThere() {
        String url = Seeds.DEFENSE_NEWS_STORIES;
        given().get("/api/v1/documents/{id}/metadata", Seeds.DEFENSE_STORY_JULY).then()
                .body("fields.sourceUrl.value", equalTo(url));
        String body = given().urlEncodingEnabled(false).get("/timemap/link/" + url).then().statusCode(200)
                .contentType(containsString("application/link-format")).extract().asString();
        List<Link> links = LinkFormat.parse(body);
        assertEquals(url, only(links, "original").target());
        assertTrue(only(links, "self").target().endsWith("/timemap/link/" + url), body);
        assertTrue(only(links, "timegate").target().endsWith("/timegate/" + url), body);
        List<Link> mementos = LinkFormat.withRelation(links, "memento");
        assertTrue(mementos.stream().anyMatch(memento -> memento.target()
                .endsWith("/api/v1/documents/" + Seeds.DEFENSE_STORY_JULY + "/versions/1/text")), body);
        for (Link memento : mementos) {
            String documentId = memento.target().replaceAll(".*/documents/([0-9a-f]{16})/versions/.*", "$1");
            given().get("/api/v1/documents/{id}/metadata", documentId).then()
                    .body("fields.sourceUrl.value", equalTo(url));
        }
        given().urlEncodingEnabled(false).accept("application/json").get("/timemap/link/" + url).then()
                .statusCode(200).body("original", equalTo(url)).body("mementos", hasSize(mementos.size()));
        // percent-encoded whole, as some clients send it
        given().urlEncodingEnabled(false).get("/timemap/link/https%3A%2F%2Fwww.defense.gov%2FNews%2FNews-Stories%2F")
                .then().statusCode(200);
    }

    @Test
    void theTimeGateOfAnAddressRedirectsToTheBestMementoAmongItsDocuments() {
        String url = Seeds.DEFENSE_NEWS_STORIES;
        List<String> listed = given().urlEncodingEnabled(false).accept("application/json")
                .get("/timemap/link/" + url).then().extract().path("mementos.uri");
        Response response = given().urlEncodingEnabled(false).redirects().follow(false)
                .get("/timegate/" + url).then().statusCode(302).header("Vary", "accept-datetime")
                .extract().response();
        assertEquals(listed.get(listed.size() - 1), response.header("Location"));
        List<Link> links = LinkFormat.parse(response.header("Link"));
        assertEquals(url, only(links, "original").target());
        assertTrue(only(links, "timemap").target().endsWith("/timemap/link/" + url));
        given().urlEncodingEnabled(false).redirects().follow(false).header("Accept-Datetime", LONG_BEFORE)
                .get("/timegate/" + url).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/no-memento-before"));
    }

    /** Programs ask these paths: their refusals are problem+json, like the API's, not web pages. */
    @Test
    void anAddressNothingWasFoundAtIsNotFound() {
        for (String path : List.of("/timemap/link/https://example.org/never/archived?page=2",
                "/timegate/https://example.org/never/archived?page=2")) {
            given().urlEncodingEnabled(false).redirects().follow(false).accept("text/html,*/*").get(path).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/original-not-archived"))
                    .body("detail", containsString("'https://example.org/never/archived?page=2'"));
        }
        given().urlEncodingEnabled(false).header("Accept-Datetime", "soon")
                .get("/timegate/" + Seeds.DEFENSE_NEWS_STORIES).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String documentWithThreeVersions() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Memento, first version")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        for (String version : List.of("second", "third")) {
            asLibrarian().contentType("text/plain").header("If-Match", "*")
                    .body(utf8(unique("Memento, " + version + " version")))
                    .put("/api/v1/documents/{id}/text", id).then().statusCode(201);
        }
        return id;
    }

    private static String documentAddress(String id, String rest) {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/documents/" + id
                + "/" + rest;
    }

    private static Link only(List<Link> links, String relation) {
        List<Link> found = LinkFormat.withRelation(links, relation);
        assertEquals(1, found.size(), relation + " in " + links);
        return found.get(0);
    }
}
