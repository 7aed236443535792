package archive.core.ingest;

import archive.core.catalog.VersionArchived;
import archive.core.catalog.VersionsArchived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The documents whose current text has not been derived from yet ({@code derivation_queue}, V7). A document joins
 * in the catalog transaction that records its new text version and leaves in the transaction that derives from it,
 * so a crash in between leaves it queued, never forgotten. Callers bring the transaction.
 */
@ApplicationScoped
public class DerivationQueue {

    private final EntityManager entityManager;

    public DerivationQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Queues every archived version's document in one statement; one already queued keeps its place. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onVersionsArchived(@Observes VersionsArchived archived) {
        String[] ids = archived.versions().stream().map(VersionArchived::version).map(version -> version.documentId)
                .distinct().toArray(String[]::new);
        entityManager.flush(); // the documents go first
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into derivation_queue (document_id) "
                    + "select unnest(?::text[]) on conflict (document_id) do nothing")) {
                insert.setArray(1, connection.createArrayOf("text", ids));
                insert.executeUpdate();
            }
        });
    }

    /**
     * The first document due (in queue order) that no other transaction has claimed, leaving out those given; its
     * row is locked only until this (short) transaction ends. A candidate for {@link #claim}, under its lock.
     */
    Optional<String> nextUnclaimed(Collection<String> passedOver) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement next = connection.prepareStatement("select document_id from derivation_queue "
                    + "where next_attempt_at <= now() and not (document_id = any (?)) "
                    + "order by queued_at, document_id limit 1 for update skip locked")) {
                next.setArray(1, connection.createArrayOf("text", passedOver.toArray()));
                try (ResultSet row = next.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Takes the document off the queue if it is due and no other transaction (another worker, here or on another
     * node) has claimed it; false, without waiting, otherwise. The claim holds until this transaction ends: undone
     * if it rolls back, or if its worker dies.
     */
    boolean claim(String documentId) {
        return entityManager.createNativeQuery("delete from derivation_queue where document_id = (select document_id "
                + "from derivation_queue where document_id = ?1 and next_attempt_at <= now() for update skip locked)")
                .setParameter(1, documentId).executeUpdate() > 0;
    }

    /**
     * The derivation of a queued document failed: it stays queued, due again a minute later, twice as long after
     * each further failure (at most an hour), so workers neither retry it at once nor forget it.
     */
    void postpone(String documentId) {
        entityManager.createNativeQuery("update derivation_queue set attempts = attempts + 1, "
                + "next_attempt_at = now() + least(interval '1 minute' * power(2, attempts), interval '1 hour') "
                + "where document_id = ?1").setParameter(1, documentId).executeUpdate();
    }

    /**
     * Takes the document off the queue, due or not; false if it was not queued. Undone if the transaction rolls
     * back. Waits for a transaction that has claimed it to end (another node's derivation of the document).
     */
    boolean take(String documentId) {
        return entityManager.createNativeQuery("delete from derivation_queue where document_id = ?1")
                .setParameter(1, documentId).executeUpdate() > 0;
    }

    /** The next queued documents, in queue order, after {@code position} (from the start when empty). */
    List<Position> after(Optional<Position> position, int limit) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select document_id, queued_at "
                    + "from derivation_queue " + (position.isPresent() ? "where (queued_at, document_id) > (?, ?) " : "")
                    + "order by queued_at, document_id limit ?")) {
                int parameter = 1;
                if (position.isPresent()) {
                    select.setObject(parameter++, position.get().queuedAt());
                    select.setString(parameter++, position.get().documentId());
                }
                select.setInt(parameter, limit);
                List<Position> next = new ArrayList<>(limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        next.add(new Position(rows.getString(1), rows.getObject(2, OffsetDateTime.class)));
                    }
                }
                return next;
            }
        });
    }

    long size() {
        return ((Number) entityManager.createNativeQuery("select count(*) from derivation_queue").getSingleResult())
                .longValue();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /** A place in the queue. */
    record Position(String documentId, OffsetDateTime queuedAt) {
    }
}
