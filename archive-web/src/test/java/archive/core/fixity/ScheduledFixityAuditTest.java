package archive.core.fixity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The audit is a scheduled job on ARCHIVE_FIXITY_SCHEDULE (in tests: 03:00 on 1 January 2099). */
@QuarkusTest
class ScheduledFixityAuditTest {

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
    void aScheduledRunAuditsEveryDocumentAsTheScheduler() {
        scheduled.run();
        given().get("/api/v1/documents/{id}/events", "095111aef963144d").then()
                .body("findAll { it.type == 'fixity-check' }.agent", hasItem(ScheduledFixityAudit.AGENT));
    }
}
