package archive.core.fixity;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The fixity audit on ARCHIVE_FIXITY_SCHEDULE (a cron expression, or "off"); librarians can also run it any time. */
@ApplicationScoped
public class ScheduledFixityAudit {

    public static final String JOB = "fixity-audit";
    public static final String AGENT = "system:fixity-schedule";

    private final FixityAudit audit;

    public ScheduledFixityAudit(FixityAudit audit) {
        this.audit = audit;
    }

    @Scheduled(identity = JOB, cron = "${archive.fixity.schedule}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        audit.run(AGENT);
    }
}
