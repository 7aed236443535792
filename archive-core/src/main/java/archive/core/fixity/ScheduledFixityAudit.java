package archive.core.fixity;

import archive.core.cluster.JobClaims;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The fixity audit on ARCHIVE_FIXITY_SCHEDULE (a cron expression, or "off"); librarians can also run it any time.
 * Every node schedules it; at each scheduled time the node that claims the slot runs it, the others skip.
 */
@ApplicationScoped
public class ScheduledFixityAudit {

    public static final String JOB = "fixity-audit";
    public static final String AGENT = "system:fixity-schedule";
    private static final Logger LOG = Logger.getLogger(ScheduledFixityAudit.class);

    private final FixityAudit audit;
    private final JobClaims claims;

    public ScheduledFixityAudit(FixityAudit audit, JobClaims claims) {
        this.audit = audit;
        this.claims = claims;
    }

    @Scheduled(identity = JOB, cron = "${archive.fixity.schedule}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run(ScheduledExecution execution) {
        runAt(execution.getScheduledFireTime());
    }

    /** Runs the audit for the slot due at {@code slot}, unless a node (this one or another) has run it already. */
    public boolean runAt(Instant slot) {
        if (!claims.claim(JOB, slot)) {
            LOG.infof("fixity audit due at %s: claimed already, by this node or another", slot);
            return false;
        }
        audit.run(AGENT);
        return true;
    }
}
