package archive.api.changes;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.ChangeFeeds;
import archive.api.support.Documents;
import archive.api.support.LinkFormat;
import archive.api.support.Seeds;
import archive.core.ingest.Derivations;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/changes: each change — a document archived, a new version, a source confirmed or rejected — appears
 * once and in order to a client that follows the cursor from page to page, as JSON and as Atom.
 */
@QuarkusTest
class ChangeFeedApiTest {

    @Inject
    Derivations derivations;

    @Test
    void aFollowerSeesEachChangeOnceAndInOrderPageByPage() {
        String start = endOfFeed();
        String id = upload(unique("A story the change feed follows"));
        String etag = Documents.currentEtag(id);
        asLibrarian().contentType("text/plain").header("If-Match", etag)
                .body(utf8(unique("The story the change feed follows, corrected"))).put("/api/v1/documents/{id}/text", id)
                .then().statusCode(201);
        decide(id, Seeds.DEFENSE_STORY_JULY, "confirmed");
        decide(id, Seeds.DEFENSE_STORY_SEPTEMBER, "rejected");

        List<Map<String, Object>> changes = follow(start, 1);

        assertEquals(List.of("document-archived", "version-archived", "provenance-decided", "provenance-decided"),
                changes.stream().map(change -> change.get("kind")).toList(), changes.toString());
        changes.forEach(change -> assertEquals(id, change.get("documentId")));
        assertEquals(List.of(1, 2, 2, 2), changes.stream().map(change -> change.get("version")).toList());
        JsonPath document = given().get("/api/v1/documents/{id}", id).then().extract().jsonPath();
        assertEquals(document.getString("versions[0].sha256"), changes.get(0).get("sha256"));
        assertEquals(document.getString("versions[1].sha256"), changes.get(1).get("sha256"));
        assertEquals(Seeds.DEFENSE_STORY_JULY, changes.get(2).get("sourceId"));
        assertEquals("confirmed", changes.get(2).get("decision"));
        assertEquals(Seeds.DEFENSE_STORY_SEPTEMBER, changes.get(3).get("sourceId"));
        assertEquals("rejected", changes.get(3).get("decision"));
        assertNull(changes.get(0).get("sourceId"));
        changes.forEach(change -> assertEquals("admin", change.get("actor")));
        assertEquals(4, changes.stream().map(change -> change.get("id")).distinct().count());
        assertEquals(4, changes.stream().map(change -> change.get("cursor")).distinct().count());

        // The same changes, two to a page, and the events the document's history records at the same moments.
        assertEquals(changes, follow(start, 2));
        List<String> eventTimes = given().get("/api/v1/documents/{id}/events", id).then().extract()
                .jsonPath().getList("occurredAt", String.class);
        changes.forEach(change -> assertTrue(eventTimes.contains(change.get("at")), change + " in " + eventTimes));
    }

    @Test
    void eachChangeLinksWhatItIsAbout() {
        String start = endOfFeed();
        String id = upload(unique("A story whose change links its version"));
        decide(id, Seeds.DEFENSE_STORY_JULY, "confirmed");
        List<Map<String, Object>> changes = follow(start, 100);
        assertEquals(2, changes.size(), changes.toString());

        @SuppressWarnings("unchecked")
        Map<String, String> archived = (Map<String, String>) changes.get(0).get("links");
        assertTrue(archived.get("document").endsWith("/documents/" + id), archived.toString());
        assertTrue(archived.get("permalink").endsWith("/documents/" + id + "/versions/1"), archived.toString());
        given().urlEncodingEnabled(false).get(URI.create(archived.get("text")).getRawPath()).then().statusCode(200)
                .header("ETag", "\"" + changes.get(0).get("sha256") + "\"");
        given().get(URI.create(archived.get("api")).getPath()).then().statusCode(200)
                .body("sha256", equalTo(changes.get(0).get("sha256")));
        assertNull(archived.get("source"));

        @SuppressWarnings("unchecked")
        Map<String, String> decided = (Map<String, String>) changes.get(1).get("links");
        given().get(URI.create(decided.get("api")).getPath()).then().statusCode(200)
                .body("candidates.find { it.sourceId == '" + Seeds.DEFENSE_STORY_JULY + "' }.status",
                        equalTo("confirmed"));
        assertTrue(decided.get("source").endsWith("/documents/" + Seeds.DEFENSE_STORY_JULY), decided.toString());
        given().get(URI.create(decided.get("document")).getPath()).then().statusCode(200);
    }

    /**
     * ROME, an independent Atom parser, reads the pages; each feed and entry has what RFC 4287 requires of it (§4.1.1
     * id, title, updated, author; §4.1.2 id, title, updated, author, and an alternate link in want of content), and
     * the pages are linked as RFC 5005 pages a subscriber follows forward.
     */
    @Test
    void theAtomFeedIsTheSameChangesPagedByFirstAndNext() throws Exception {
        String start = endOfFeed();
        String id = upload(unique("A story in the Atom feed"));
        decide(id, Seeds.DEFENSE_STORY_SEPTEMBER, "rejected");
        List<Map<String, Object>> asJson = follow(start, 100);

        List<Entry> entries = new ArrayList<>();
        String address = "/api/v1/changes?size=1&after=" + start;
        for (int page = 0; page < 3; page++) {
            Response response = given().accept("application/atom+xml").urlEncodingEnabled(false).get(address)
                    .then().statusCode(200).contentType(containsString("application/atom+xml"))
                    .header("Vary", containsString("Accept")).extract().response();
            Feed feed = atom(response.asByteArray());
            assertRequiredFeedElements(feed);
            assertEquals(link(feed, "next"), LinkFormat.first(LinkFormat.parse(response.header("Link")), "next")
                    .orElseThrow().target());
            assertTrue(link(feed, "first").endsWith("/api/v1/changes?size=1"), link(feed, "first"));
            assertTrue(link(feed, "self").endsWith(address), link(feed, "self"));
            for (Entry entry : feed.getEntries()) {
                assertRequiredEntryElements(entry);
                entries.add(entry);
            }
            address = pathAndQuery(link(feed, "next"));
        }
        assertEquals(2, entries.size(), "two changes and then an empty page");

        Entry archived = entries.get(0);
        @SuppressWarnings("unchecked")
        Map<String, String> links = (Map<String, String>) asJson.get(0).get("links");
        assertEquals(asJson.get(0).get("id"), archived.getId());
        assertEquals(Instant.parse((String) asJson.get(0).get("at")).truncatedTo(ChronoUnit.MILLIS),
                archived.getUpdated().toInstant());
        assertEquals("document-archived", category(archived, "#kind"));
        assertEquals(links.get("permalink"), entryLink(archived, "alternate", "text/html"));
        assertEquals(links.get("api"), entryLink(archived, "alternate", "application/json"));
        assertEquals(links.get("text"), entryLink(archived, "related", "text/plain"));
        assertEquals(asJson.get(0).get("actor"), archived.getAuthors().get(0).getName());
        assertTrue(archived.getSummary().getValue().contains((String) asJson.get(0).get("sha256")));

        Entry rejected = entries.get(1);
        assertEquals(asJson.get(1).get("id"), rejected.getId());
        assertEquals("provenance-decided", category(rejected, "#kind"));
        assertEquals("rejected", category(rejected, "#decision"));
        assertTrue(entryLink(rejected, "via", "text/html").endsWith("/documents/" + Seeds.DEFENSE_STORY_SEPTEMBER));
        assertTrue(rejected.getTitle().startsWith("Source rejected: "), rejected.getTitle());
    }

    /** The subscription document a feed reader polls: the newest changes, newest first, at a fixed address. */
    @Test
    void theSubscriptionDocumentHasTheNewestChangesFirst() throws Exception {
        String first = upload(unique("The older of two stories for feed readers"));
        String second = upload(unique("The newer of two stories for feed readers"));
        settled();
        Response response = given().get("/api/v1/changes.atom?size=2").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().response();
        Feed feed = atom(response.asByteArray());
        assertRequiredFeedElements(feed);
        feed.getEntries().forEach(ChangeFeedApiTest::assertRequiredEntryElements);
        assertEquals(2, feed.getEntries().size());
        assertTrue(entryLink(feed.getEntries().get(0), "alternate", "text/html").contains(second));
        assertTrue(entryLink(feed.getEntries().get(1), "alternate", "text/html").contains(first));
        assertEquals(feed.getEntries().get(0).getUpdated(), feed.getUpdated());

        // Its next link is where a follower goes on from: nothing after the newest change yet.
        given().urlEncodingEnabled(false).get(pathAndQuery(link(feed, "next"))).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void anUnchangedPageIsNotSentAgain() {
        String start = endOfFeed();
        String etag = given().get("/api/v1/changes?after=" + start).then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).get("/api/v1/changes?after=" + start).then().statusCode(304)
                .header("ETag", etag);
        String atomEtag = given().accept("application/atom+xml").get("/api/v1/changes?after=" + start).then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(etag, atomEtag, "each representation has its own ETag");

        upload(unique("A story that changes the page"));
        settled();
        given().header("If-None-Match", etag).get("/api/v1/changes?after=" + start).then().statusCode(200)
                .body("items.size()", equalTo(1));
        String subscription = given().get("/api/v1/changes.atom").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", subscription).get("/api/v1/changes.atom").then().statusCode(304);
    }

    @Test
    void badCursorsAndSizesAreRefused() {
        for (String malformed : List.of("yesterday", "12", "1.2.3", "-1.5", "99999999999999999999.1")) {
            given().queryParam("after", malformed).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-cursor"))
                    .body("detail", containsString("is not a cursor"));
        }
        // Well formed, but no change of this archive: another archive's, or one from before a rebuild.
        given().queryParam("after", "1.1").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-cursor"))
                .body("detail", containsString("names no change"));
        for (String size : List.of("0", "-3", "many")) {
            given().queryParam("size", size).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/invalid-size"));
            given().queryParam("size", size).get("/api/v1/changes.atom").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/invalid-size"));
        }
        given().queryParam("size", 1000).get("/api/v1/changes").then().statusCode(200)
                .body("size", equalTo(100));
        given().accept("text/html").get("/api/v1/changes").then().statusCode(406)
                .contentType("application/problem+json");
    }

    /**
     * The feed serves a change once every transaction older than it has ended; a bulk import's documents are
     * derived in the background, in transactions of their own, so the test lets that work finish before it reads.
     */
    private void settled() {
        derivations.deriveQueued();
    }

    private String endOfFeed() {
        settled();
        return ChangeFeeds.endOfFeed();
    }

    private List<Map<String, Object>> follow(String cursor, int size) {
        settled();
        return ChangeFeeds.follow(cursor, size);
    }

    private static String upload(String text) {
        return asLibrarian().contentType("text/plain").body(utf8(text)).post("/api/v1/documents").then()
                .statusCode(201).extract().path("id");
    }

    private static void decide(String id, String source, String status) {
        asLibrarian().contentType("application/json").body(Map.of("status", status))
                .post("/api/v1/documents/{id}/provenance/{source}", id, source).then().statusCode(200)
                .body("status", equalTo(status));
    }

    private static Feed atom(byte[] body) throws Exception {
        WireFeed feed = new WireFeedInput().build(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8));
        assertEquals("atom_1.0", feed.getFeedType());
        return (Feed) feed;
    }

    private static void assertRequiredFeedElements(Feed feed) {
        assertTrue(feed.getId() != null && URI.create(feed.getId()).isAbsolute(), "feed id: " + feed.getId());
        assertTrue(feed.getTitle() != null && !feed.getTitle().isBlank(), "feed title");
        assertNotNull(feed.getUpdated(), "feed updated");
        assertTrue(!feed.getAuthors().isEmpty() && !feed.getAuthors().get(0).getName().isBlank(), "feed author");
        assertNotNull(link(feed, "self"), "feed self link");
    }

    private static void assertRequiredEntryElements(Entry entry) {
        assertTrue(entry.getId() != null && entry.getId().startsWith("urn:uuid:"), "entry id: " + entry.getId());
        assertTrue(entry.getTitle() != null && !entry.getTitle().isBlank(), "entry title");
        assertNotNull(entry.getUpdated(), "entry updated");
        assertTrue(!entry.getAuthors().isEmpty() && !entry.getAuthors().get(0).getName().isBlank(), "entry author");
        assertNotNull(entryLink(entry, "alternate", "text/html"), "an alternate link, for want of content");
    }

    private static String link(Feed feed, String relation) {
        return Stream.concat(feed.getAlternateLinks().stream(), feed.getOtherLinks().stream())
                .filter(link -> relation.equals(link.getRel())).map(Link::getHref).findFirst().orElse(null);
    }

    private static String entryLink(Entry entry, String relation, String type) {
        return Stream.concat(entry.getAlternateLinks().stream(), entry.getOtherLinks().stream())
                .filter(link -> relation.equals(link.getRel()) && type.equals(link.getType()))
                .map(Link::getHref).findFirst().orElse(null);
    }

    private static String category(Entry entry, String schemeEnding) {
        return entry.getCategories().stream().filter(category -> category.getScheme().endsWith(schemeEnding))
                .map(Category::getTerm).findFirst().orElse(null);
    }

    private static String pathAndQuery(String address) {
        return ChangeFeeds.pathAndQuery(address);
    }
}
