package archive.core.cluster;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.upload;
import static archive.api.support.Texts.defenseStory;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.core.retrieval.CurrentVersions;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another node's committed change reaches this node's caches through PostgreSQL notifications: the next reads
 * serve the other node's write. A rolled-back change reaches nobody, and a lost listening connection is made again,
 * with every cache dropped for what it may have missed.
 */
@QuarkusTest
class ChangeNotificationTest {

    private static final String TEXT = "/api/v1/documents/{id}/text";
    private static final String CITE = "/api/v1/documents/{id}/citation?style=apa&format=text";

    @Inject
    CurrentVersions currentVersions;

    @Inject
    ChangeListener listener;

    @Inject
    ObjectStore store;

    @Inject
    ObjectMetadataCodec codec;

    @Inject
    MeterRegistry registry;

    private final OtherNode otherNode = new OtherNode();

    @BeforeEach
    void listening() {
        Eventually.until("the listener is connected", () -> listener.connections() > 0);
    }

    @Test
    void aVersionArchivedByAnotherNodeIsServedAndCitedHere() throws SQLException {
        String text = unique("Harbor cranes pass their inspection");
        String id = upload(text);
        given().get(TEXT, id).then().statusCode(200).body(equalTo(text));
        given().get(CITE, id).then().statusCode(200).body("permalink", endsWith("/versions/1"));
        assertTrue(currentVersions.cached(id).isPresent(), "version 1 is served from memory");

        String newer = unique("Harbor cranes pass their inspection, corrected on the other node");
        otherNode.archiveVersion(store, codec, id, utf8(newer));

        Eventually.until("the other node's version is served",
                () -> newer.equals(given().get(TEXT, id).then().statusCode(200).extract().asString()));
        Eventually.until("the other node's version is cited", () -> given().get(CITE, id).then().statusCode(200)
                .extract().<String>path("permalink").endsWith("/versions/2"));
    }

    @Test
    void aDecisionTakenOnAnotherNodeShowsInTheCitationHere() throws SQLException {
        String id = upload(defenseStory("Piers Rebuilt Again"));
        asLibrarian().contentType("application/json").body("{\"status\": \"confirmed\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", id, Seeds.DEFENSE_STORY_JULY)
                .then().statusCode(200);
        given().get(CITE, id).then().statusCode(200).body("citation", containsString("Original work published"));

        otherNode.decide(id, Seeds.DEFENSE_STORY_JULY, "rejected");

        Eventually.until("the other node's rejection is cited", () -> !given().get(CITE, id).then().statusCode(200)
                .extract().<String>path("citation").contains("Original work published"));
    }

    @Test
    void aRolledBackWriteOfAnotherNodeInvalidatesNothing() throws SQLException {
        String id = upload(unique("Dry dock flooded for a test"));
        String witness = upload(unique("Tugboats repainted"));
        given().get(TEXT, id).then().statusCode(200);
        given().get(TEXT, witness).then().statusCode(200);
        double before = received("versions");

        otherNode.archiveVersionAndRollBack(id, utf8(unique("never committed")));
        // Delivered in commit order: once the witness's later notice is in, the rolled-back one would be too.
        otherNode.execute("select pg_notify('" + ChangeNotice.CHANNEL + "', '" + OtherNode.ID + " versions "
                + witness + "')");
        Eventually.until("the witness's notice arrived", () -> currentVersions.cached(witness).isEmpty());

        assertTrue(currentVersions.cached(id).isPresent(), "nothing told this node to forget the document");
        assertEquals(before + 1, received("versions"), "only the witness's notice was received");
        given().get(TEXT, id).then().statusCode(200).header("ETag", notNullValue());
    }

    @Test
    void aLostListenerConnectionIsMadeAgainAndEveryCacheDropped() throws SQLException {
        String id = upload(unique("Sonar buoys recovered"));
        given().get(TEXT, id).then().statusCode(200);
        assertTrue(currentVersions.cached(id).isPresent());
        long connections = listener.connections();

        assertTrue(otherNode.terminateListeners() >= 1, "this node's listener was connected");

        Eventually.until("the listener connected again", () -> listener.connections() > connections);
        assertTrue(currentVersions.cached(id).isEmpty(), "what was missed meanwhile is read again");
        given().get(TEXT, id).then().statusCode(200);
        assertTrue(currentVersions.cached(id).isPresent());
        otherNode.execute("select pg_notify('" + ChangeNotice.CHANNEL + "', '" + OtherNode.ID + " versions "
                + id + "')");
        Eventually.until("notices arrive on the new connection", () -> currentVersions.cached(id).isEmpty());
    }

    private double received(String kind) {
        return registry.get("archive.cluster.notifications").tag("kind", kind).counter().count();
    }
}
