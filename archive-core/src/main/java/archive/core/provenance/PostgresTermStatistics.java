package archive.core.provenance;

import archive.core.provenance.index.TermStatistics;
import archive.core.provenance.analysis.Document;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;

/** Document frequencies of content stems in PostgreSQL, in the caller's transaction. */
@ApplicationScoped
public class PostgresTermStatistics implements TermStatistics {

    private final EntityManager entityManager;

    public PostgresTermStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(long[] distinctTermHashes) {
        Long[] terms = Arrays.stream(distinctTermHashes).boxed().toArray(Long[]::new);
        session().doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "insert into provenance_term (term, document_count) select distinct t, 1 from unnest(?::bigint[]) t "
                            + "on conflict (term) do update set document_count = provenance_term.document_count + 1");
                    PreparedStatement corpus = connection.prepareStatement(
                            "update provenance_corpus set document_count = document_count + 1")) {
                upsert.setArray(1, connection.createArrayOf("bigint", terms));
                upsert.executeUpdate();
                corpus.executeUpdate();
            }
        });
    }

    @Override
    public void remove(long[] distinctTermHashes) {
        Long[] terms = Arrays.stream(distinctTermHashes).boxed().toArray(Long[]::new);
        session().doWork(connection -> {
            try (PreparedStatement decrement = connection.prepareStatement(
                    "update provenance_term set document_count = document_count - 1 "
                            + "where term = any(?::bigint[])");
                    PreparedStatement unused = connection.prepareStatement(
                            "delete from provenance_term where term = any(?::bigint[]) and document_count <= 0");
                    PreparedStatement corpus = connection.prepareStatement(
                            "update provenance_corpus set document_count = document_count - 1")) {
                decrement.setArray(1, connection.createArrayOf("bigint", terms));
                decrement.executeUpdate();
                unused.setArray(1, connection.createArrayOf("bigint", terms));
                unused.executeUpdate();
                corpus.executeUpdate();
            }
        });
    }

    @Override
    public long documentCount() {
        return ((Number) entityManager.createNativeQuery("select document_count from provenance_corpus")
                .getSingleResult()).longValue();
    }

    @Override
    public int[] documentFrequencies(long[] termHashes) {
        Long[] terms = Arrays.stream(termHashes).boxed().toArray(Long[]::new);
        Map<Long, Integer> frequencies = session().doReturningWork(connection -> {
            Map<Long, Integer> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select term, document_count from provenance_term where term = any(?::bigint[])")) {
                select.setArray(1, connection.createArrayOf("bigint", terms));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getLong(1), rows.getInt(2));
                    }
                }
            }
            return found;
        });
        return Arrays.stream(termHashes).mapToInt(term -> frequencies.getOrDefault(term, 0)).toArray();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
