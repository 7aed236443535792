package archive.api.changes;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.ChangeFeeds;
import archive.api.support.Database;
import archive.api.support.Seeds;
import archive.core.ingest.Derivations;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two real transactions against the archive's database: the one that began first (and took the lower event id)
 * commits last. A feed in event-id order would serve the later one first and move its cursor past the other, which
 * then no follower would ever see; this feed holds the later one back until the earlier has ended.
 */
@QuarkusTest
class LateCommitTest {

    @Inject
    Derivations derivations;

    @Test
    void aChangeCommittedAfterALaterOneWasServedIsNotSkipped() throws SQLException {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("A story decided on twice at once")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        derivations.deriveQueued();
        String start = ChangeFeeds.endOfFeed();

        try (Connection earlier = transaction(); Connection later = transaction()) {
            Recorded first = recordDecision(earlier, id, Seeds.DEFENSE_STORY_JULY, "confirmed");
            Recorded second = recordDecision(later, id, Seeds.DEFENSE_STORY_SEPTEMBER, "rejected");
            assertTrue(first.event() < second.event() && first.transaction() < second.transaction(),
                    "the earlier transaction took the lower event id: " + first + ", " + second);
            later.commit();

            given().queryParam("after", start).get("/api/v1/changes").then().statusCode(200)
                    .body("items", empty())
                    .body("next", endsWith("after=" + start));

            earlier.commit();
        }

        List<Map<String, Object>> changes = ChangeFeeds.follow(start, 1);
        assertEquals(List.of(Seeds.DEFENSE_STORY_JULY, Seeds.DEFENSE_STORY_SEPTEMBER),
                changes.stream().map(change -> change.get("sourceId")).toList(), changes.toString());
        assertEquals(List.of("confirmed", "rejected"), changes.stream().map(change -> change.get("decision")).toList());
    }

    private Connection transaction() throws SQLException {
        Connection connection = Database.connect();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Records a decision event as the catalog does, in the connection's open transaction. */
    private static Recorded recordDecision(Connection connection, String documentId, String sourceId, String status)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into archive_event (document_id, "
                + "version_number, type, outcome, agent, occurred_at, detail, provenance_source_id, provenance_status) "
                + "values (?, 1, 'provenance-decision', 'success', 'admin', now(), ?, ?, ?) "
                + "returning id, written_in::text")) {
            insert.setString(1, documentId);
            insert.setString(2, status + " " + documentId + " → " + sourceId + " (by the late commit test)");
            insert.setString(3, sourceId);
            insert.setString(4, status);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Recorded(row.getLong(1), Long.parseLong(row.getString(2)));
            }
        }
    }

    private record Recorded(long event, long transaction) {
    }
}
