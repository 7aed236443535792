package archive.api.oai;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Documents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Selective and incremental harvesting: from, until and set select by a record's datestamp and sets, a list's
 * pages hold every record once whatever arrives or changes between them, and a harvest from the date of the last
 * response finds every change made since, to a document or to the source its record names. Each test's documents
 * get a publisher of their own, so a set holds them alone.
 */
@QuarkusTest
class OaiPmhHarvestingTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    DataSource database;

    @Test
    void fromAndUntilSelectByDatestampToTheSecondOrTheDay() {
        Publisher publisher = new Publisher("Selective");
        String id = publisher.archive("selected by its datestamp");
        String datestamp = header(id).text("//oai:header/oai:datestamp");
        Instant stamped = Instant.parse(datestamp);
        String day = datestamp.substring(0, 10);

        assertEquals(List.of(id), publisher.listed("from", datestamp, "until", datestamp));
        assertEquals(List.of(id), publisher.listed("from", day, "until", day));
        assertEquals(List.of(), publisher.listed("from", second(stamped.plusSeconds(1))));
        assertEquals(List.of(), publisher.listed("until", second(stamped.minusSeconds(1))));
        assertEquals(List.of(), publisher.listed("until", stamped.minus(1, ChronoUnit.DAYS).toString()
                .substring(0, 10)));
        assertEquals(List.of(id), publisher.listed());

        // whatever else a window holds, it holds by its datestamp
        for (OaiResponse page : Oai.pages("ListIdentifiers", "metadataPrefix", "oai_dc", "from", datestamp)) {
            page.texts("//oai:header/oai:datestamp").forEach(other ->
                    assertFalse(Instant.parse(other).isBefore(stamped), other));
        }
    }

    @Test
    void aListResumesWithWhatArrivedAndChangedBetweenItsPages() {
        Publisher publisher = new Publisher("Resumption");
        String first = publisher.archive("first of the list");
        String second = publisher.archive("second of the list");
        String third = publisher.archive("third of the list");

        OaiResponse page = publisher.list("ListRecords", "oai_dc");
        assertEquals(List.of(first, second), ids(page));
        assertEquals("3", page.text("//oai:resumptionToken/@completeListSize"));
        assertEquals("0", page.text("//oai:resumptionToken/@cursor"));
        String token = page.text("//oai:resumptionToken");

        String added = publisher.archive("added between two pages");
        correctTitle(first, "The first, corrected between two pages");

        List<String> rest = new ArrayList<>();
        long cursor = 2;
        while (!token.isEmpty()) {
            page = Oai.get("verb", "ListRecords", "resumptionToken", token);
            assertEquals(Long.toString(cursor), page.text("//oai:resumptionToken/@cursor"), page::xml);
            rest.addAll(ids(page));
            cursor += ids(page).size();
            token = page.text("//oai:resumptionToken");
        }
        // the pages went on from where they were: the new record and the changed one, later than any, at the end
        assertEquals(List.of(third, added, first), rest);
        assertEquals(Long.toString(cursor), page.text("//oai:resumptionToken/@completeListSize"));
        assertEquals("The first, corrected between two pages", page.text("//oai:record[oai:header/oai:identifier='"
                + Oai.identifier(first) + "']//dc:title"));
    }

    @Test
    void aHarvestFromTheLastResponseDateFindsEveryChangeSince() {
        Publisher publisher = new Publisher("Incremental");
        String source = publisher.archive("an original of the incremental harvest");
        String rewrite = publisher.archive("a rewrite of the incremental harvest");
        Instant harvested = publisher.list("ListIdentifiers", "mods").responseDate();

        // a decision: the rewrite's record now names its source
        asLibrarian().contentType("application/json").body("{\"status\":\"confirmed\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", rewrite, source).then().statusCode(200);
        OaiResponse changes = publisher.list("ListRecords", "mods", "from", second(harvested));
        assertTrue(ids(changes).contains(rewrite), changes::xml);
        String record = "//oai:record[oai:header/oai:identifier='" + Oai.identifier(rewrite) + "']";
        assertEquals(Oai.permalink(source, 1), changes.text(record + "//mods:relatedItem[@type='original']"
                + "/mods:location/mods:url[@access='object in context']"));
        assertTrue(changes.texts(record + "/oai:header/oai:setSpec").contains("rewrites"));

        // a correction of the source changes the rewrite's record too, which names the source's title
        harvested = changes.responseDate();
        correctTitle(source, "An original, retitled");
        changes = publisher.list("ListRecords", "mods", "from", second(harvested));
        assertTrue(ids(changes).containsAll(List.of(source, rewrite)), changes::xml);
        assertEquals("An original, retitled", changes.text("//oai:record[oai:header/oai:identifier='"
                + Oai.identifier(rewrite) + "']//mods:relatedItem/mods:titleInfo/mods:title"));

        // so does a new version of the source, whose archived copy the rewrite's record names
        harvested = changes.responseDate();
        asLibrarian().contentType("text/plain").header("If-Match", Documents.currentEtag(source))
                .body(utf8(UnrelatedTexts.text("the original's second version"))).put("/api/v1/documents/{id}/text", source)
                .then().statusCode(201);
        changes = publisher.list("ListRecords", "mods", "from", second(harvested));
        assertTrue(ids(changes).containsAll(List.of(source, rewrite)), changes::xml);
        assertEquals(Oai.permalink(source, 2), changes.text("//oai:record[oai:header/oai:identifier='"
                + Oai.identifier(rewrite) + "']//mods:relatedItem//mods:url[@access='object in context']"));
        assertEquals(Oai.permalink(source, 2), changes.text("//oai:record[oai:header/oai:identifier='"
                + Oai.identifier(source) + "']//mods:mods/mods:location/mods:url"));
    }

    @Test
    void aChangeCommittedAfterAResponseIsFoundFromThatResponsesDate() throws Exception {
        Publisher publisher = new Publisher("Concurrent");
        String id = publisher.archive("changed while a harvest runs");
        try (Connection writer = database.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement change = writer.prepareStatement("update metadata_field set value = "
                    + "to_jsonb(?::text) where document_id = ? and name = 'title'")) {
                change.setString(1, "Retitled in a transaction still open during the harvest");
                change.setString(2, id);
                assertEquals(1, change.executeUpdate());
            }
            // the harvest cannot see the change yet; its response date is when it read
            Instant harvested = publisher.list("ListIdentifiers", "oai_dc").responseDate();
            writer.commit();

            OaiResponse next = publisher.list("ListIdentifiers", "oai_dc", "from", second(harvested));
            assertEquals(List.of(id), ids(next));
            assertFalse(Instant.parse(next.text("//oai:header/oai:datestamp")).isBefore(harvested));
        }
    }

    @Test
    void aDatestampIsTheLastChangeOfTheRecord() {
        Publisher publisher = new Publisher("Datestamp");
        String id = publisher.archive("whose record changes");
        Instant archived = Instant.parse(header(id).text("//oai:header/oai:datestamp"));
        // reading does not change it
        assertEquals(archived, Instant.parse(header(id).text("//oai:header/oai:datestamp")));
        correctTitle(id, "Retitled");
        OaiResponse corrected = header(id);
        assertFalse(Instant.parse(corrected.text("//oai:header/oai:datestamp")).isBefore(archived));
        assertFalse(Instant.parse(corrected.text("//oai:header/oai:datestamp")).isAfter(corrected.responseDate()));
        assertEquals("Retitled", corrected.text("//dc:title"));
    }

    private static String second(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static OaiResponse header(String id) {
        return Oai.get("verb", "GetRecord", "identifier", Oai.identifier(id), "metadataPrefix", "oai_dc");
    }

    private static void correctTitle(String id, String title) {
        asLibrarian().contentType(MERGE_PATCH).body("{\"title\": \"" + title + "\"}")
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);
    }

    /** The document ids of a page's headers, in order. */
    private static List<String> ids(OaiResponse page) {
        return page.texts("//oai:header/oai:identifier").stream()
                .map(identifier -> identifier.substring(identifier.lastIndexOf(':') + 1)).toList();
    }

    /** A publisher no other document names, and so a set of the documents given it. */
    private record Publisher(String name) {

        Publisher {
            name = "OAI " + name + " " + UUID.randomUUID();
        }

        /** Its set: the name has only letters, digits and single spaces, each space a hyphen in the setSpec. */
        String set() {
            return "publisher:" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
        }

        /** A new document, this publisher's. */
        String archive(String subject) {
            String id = asLibrarian().contentType("text/plain").body(utf8(UnrelatedTexts.text(subject)))
                    .post("/api/v1/documents?filename=story.txt").then().statusCode(201).extract().path("id");
            asLibrarian().contentType(MERGE_PATCH).body("{\"publisher\": \"" + name + "\"}")
                    .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);
            return id;
        }

        /** The first page of the set's list, in this format. */
        OaiResponse list(String verb, String format, String... arguments) {
            List<String> all = new ArrayList<>(List.of("verb", verb, "metadataPrefix", format, "set", set()));
            all.addAll(List.of(arguments));
            return Oai.get(all.toArray(String[]::new));
        }

        /** The ids of every record of the set that the selection takes, in order; empty for noRecordsMatch. */
        List<String> listed(String... selection) {
            List<String> arguments = new ArrayList<>(List.of("metadataPrefix", "oai_dc", "set", set()));
            arguments.addAll(List.of(selection));
            OaiResponse first = Oai.get(prepend(arguments));
            if (first.errors().equals(List.of("noRecordsMatch"))) {
                return List.of();
            }
            return Oai.identifiers(Oai.pages("ListIdentifiers", arguments.toArray(String[]::new))).stream()
                    .map(identifier -> identifier.substring(identifier.lastIndexOf(':') + 1)).toList();
        }

        private static String[] prepend(List<String> arguments) {
            List<String> all = new ArrayList<>(List.of("verb", "ListIdentifiers"));
            all.addAll(arguments);
            return all.toArray(String[]::new);
        }
    }
}
