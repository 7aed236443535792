package archive.core.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Which node runs a cluster-wide scheduled job at one of its slots (the cron time it was due, the same on every
 * node): the first to move the job's row to that slot. A node whose clock fires a minute later, or that restarts
 * and fires the same slot again, finds the row there already and skips. A node that dies during its run costs that
 * slot's run; the next slot runs as usual.
 * <p>
 * A row and a conditional update rather than quarkus-quartz's clustered mode: that would need Quartz's eleven
 * tables and its JDBC job store, and would run every job once per cluster, also those that must run on each node.
 */
@ApplicationScoped
public class JobClaims {

    private final EntityManager entityManager;
    private final ClusterNode node;

    public JobClaims(EntityManager entityManager, ClusterNode node) {
        this.entityManager = entityManager;
        this.node = node;
    }

    /** Whether this node claimed the job's slot (and so should run it), in a transaction of its own. */
    public boolean claim(String job, Instant slot) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "insert into scheduled_job_claim (job, slot, node, claimed_at) values (?1, ?2, ?3, now()) "
                                + "on conflict (job) do update set slot = excluded.slot, node = excluded.node, "
                                + "claimed_at = excluded.claimed_at where scheduled_job_claim.slot < excluded.slot")
                .setParameter(1, job)
                .setParameter(2, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC))
                .setParameter(3, node.id())
                .executeUpdate() == 1);
    }
}
