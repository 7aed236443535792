package archive.core.fixity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Database;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit is a scheduled job on ARCHIVE_FIXITY_SCHEDULE (in tests: 03:00 on 1 January 2099), run by one node per
 * scheduled time: the one that claims the slot in the database.
 */
@QuarkusTest
class ScheduledFixityAuditTest {

    private static final String SEED = "095111aef963144d";

    @Inject
    Scheduler scheduler;

    @Inject
    ScheduledFixityAudit scheduled;

    @Test
    void isScheduledOnTheConfiguredCronExpression() {
        Trigger job = scheduler.getScheduledJob(ScheduledFixityAudit.JOB);
        assertNotNull(job, "the fixity audit job is registered");
        assertEquals(2099, job.getNextFireTime().atZone(ZoneOffset.UTC).getYear());
    }

    @Test
    void aScheduledRunAuditsEveryDocumentAsTheScheduler() throws SQLException {
        int before = scheduledChecks();
        assertTrue(scheduled.runAt(nextSlot()));
        assertEquals(before + 1, scheduledChecks());
    }

    @Test
    void aSlotAnotherNodeClaimedDoesNotRunHere() throws SQLException {
        Instant slot = nextSlot();
        claimAsAnotherNode(slot);
        int before = scheduledChecks();

        assertFalse(scheduled.runAt(slot));
        assertEquals(before, scheduledChecks(), "the other node audits this slot");
    }

    @Test
    void aSlotRunsOnceEvenWhenItFiresAgainLater() throws SQLException {
        Instant slot = nextSlot();
        assertTrue(scheduled.runAt(slot));
        int after = scheduledChecks();

        // a node whose clock is a minute late fires the same slot (its scheduled time) a minute later
        assertFalse(scheduled.runAt(slot));
        assertFalse(scheduled.runAt(slot.minus(Duration.ofDays(7))), "an earlier slot is over, too");
        assertEquals(after, scheduledChecks());
    }

    private int scheduledChecks() {
        List<String> agents = given().get("/api/v1/documents/{id}/events", SEED).then().statusCode(200)
                .extract().path("findAll { it.type == 'fixity-check' }.agent");
        return (int) agents.stream().filter(ScheduledFixityAudit.AGENT::equals).count();
    }

    /** A slot later than any claimed so far, as the scheduler's next fire time would be. */
    private Instant nextSlot() throws SQLException {
        try (Connection connection = Database.connect();
                PreparedStatement latest = connection.prepareStatement(
                        "select max(slot) from scheduled_job_claim where job = ?")) {
            latest.setString(1, ScheduledFixityAudit.JOB);
            try (ResultSet row = latest.executeQuery()) {
                row.next();
                OffsetDateTime claimed = row.getObject(1, OffsetDateTime.class);
                Instant base = claimed == null ? Instant.now().truncatedTo(ChronoUnit.HOURS) : claimed.toInstant();
                return base.plus(Duration.ofHours(1));
            }
        }
    }

    private void claimAsAnotherNode(Instant slot) throws SQLException {
        try (Connection connection = Database.connect();
                PreparedStatement claim = connection.prepareStatement("insert into scheduled_job_claim "
                        + "(job, slot, node, claimed_at) values (?, ?, 'other-node/1/000000', now()) "
                        + "on conflict (job) do update set slot = excluded.slot, node = excluded.node, "
                        + "claimed_at = excluded.claimed_at where scheduled_job_claim.slot < excluded.slot")) {
            claim.setString(1, ScheduledFixityAudit.JOB);
            claim.setObject(2, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC));
            assertEquals(1, claim.executeUpdate());
        }
    }
}
