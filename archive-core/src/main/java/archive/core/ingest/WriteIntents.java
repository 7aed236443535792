package archive.core.ingest;

import archive.core.cluster.ClusterNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * The crash journal, in PostgreSQL ({@code write_intent}, V15) so that every node of a cluster sees it: documents
 * whose OCFL write may be ahead of the catalog. An intent is committed before the store is touched and ends in the
 * catalog transaction that records the write, so what a crash (or a failed write) leaves is exactly what needs
 * repair, and start-up looks at nothing else. Every call is made under the documents' {@link DocumentLocks}: an
 * intent whose lock nobody holds was abandoned.
 * <p>
 * A bulk import's batch shares one intent transaction (one commit, one WAL flush, whatever its size), and its
 * intents end inside its catalog transaction at no further commit.
 */
@ApplicationScoped
public class WriteIntents {

    private final EntityManager entityManager;
    /** Who wrote an intent, for operators looking at what a dead node left: the name its notifications carry. */
    private final ClusterNode node;

    public WriteIntents(EntityManager entityManager, ClusterNode node) {
        this.entityManager = entityManager;
        this.node = node;
    }

    /**
     * Records the intents and commits them durably before returning, even where the server commits asynchronously
     * by default: the store may be written once this returns. An intent on record already (a journal mark taken
     * over) stays as it is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void begin(Collection<String> documentIds) {
        session().doWork(connection -> {
            try (Statement durable = connection.createStatement()) {
                durable.execute("set local synchronous_commit = on");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into write_intent (document_id, began_by) select unnest(?::text[]), ? "
                            + "on conflict (document_id) do nothing")) {
                insert.setArray(1, connection.createArrayOf("text", documentIds.toArray()));
                insert.setString(2, node.id());
                insert.executeUpdate();
            }
        });
    }

    /** Runs the catalog write that records these documents' writes and ends their intents in its transaction. */
    public <T> T recordEnding(Collection<String> documentIds, Supplier<T> catalogWrite) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            T recorded = catalogWrite.get();
            remove(documentIds);
            return recorded;
        });
    }

    /** Which of these documents have an intent: a write of them was interrupted. */
    @Transactional
    public Set<String> pendingAmong(Collection<String> documentIds) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select document_id from write_intent where document_id = any(?::text[])")) {
                select.setArray(1, connection.createArrayOf("text", documentIds.toArray()));
                Set<String> pending = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        pending.add(rows.getString(1));
                    }
                }
                return pending;
            }
        });
    }

    /** Every document with an intent, oldest first: writes in progress on live nodes, and interrupted ones. */
    @Transactional
    public List<String> pending() {
        return entityManager.createNativeQuery("select document_id from write_intent order by began_at, document_id",
                String.class).getResultList();
    }

    @Transactional
    public long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) from write_intent").getSingleResult())
                .longValue();
    }

    /** Ends the intents, in the caller's transaction if it has one. */
    @Transactional
    public void remove(Collection<String> documentIds) {
        session().doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from write_intent where document_id = any(?::text[])")) {
                delete.setArray(1, connection.createArrayOf("text", documentIds.toArray()));
                delete.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
