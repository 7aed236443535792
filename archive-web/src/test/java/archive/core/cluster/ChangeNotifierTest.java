package archive.core.cluster;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.upload;
import static archive.api.support.Texts.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import archive.api.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** What this node changes, the other nodes hear of: a listening connection of the test plays one of them. */
@QuarkusTest
class ChangeNotifierTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    ClusterNode node;

    @Test
    void anUploadAndACorrectionAreAnnouncedOnceCommitted() throws SQLException {
        try (Connection otherNode = Database.connect()) {
            try (Statement listen = otherNode.createStatement()) {
                listen.execute("LISTEN " + ChangeNotice.CHANNEL);
            }
            String id = upload(unique("Minesweepers return to port"));
            asLibrarian().contentType("application/merge-patch+json").body("{\"title\": \"Minesweepers Home\"}")
                    .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);

            List<ChangeNotice> heard = new ArrayList<>();
            for (ChangeNotice.Kind kind : ChangeNotice.Kind.values()) {
                awaitNotice(otherNode.unwrap(PGConnection.class), heard, kind, id);
            }
        }
    }

    /** Receives notices until one of this kind names the document, sent by this node. */
    private void awaitNotice(PGConnection connection, List<ChangeNotice> heard, ChangeNotice.Kind kind, String id)
            throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (heard.stream().noneMatch(notice -> notice.kind() == kind && notice.documentIds().contains(id))) {
            if (System.nanoTime() > deadline) {
                fail("no " + kind + " notice of " + id + " within " + PATIENCE.toSeconds() + " s; heard " + heard);
            }
            PGNotification[] received = connection.getNotifications(1000);
            for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                Optional<ChangeNotice> notice = ChangeNotice.parse(notification.getParameter());
                assertTrue(notice.isPresent(), notification.getParameter());
                assertTrue(notice.get().node().equals(node.id()), "sent by this node: " + notice.get());
                heard.add(notice.get());
            }
        }
    }
}
