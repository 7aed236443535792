package archive.core.provenance;

import archive.core.provenance.index.CandidateIndex;
import archive.core.provenance.index.CandidateHit;
import archive.core.provenance.index.Fingerprints;
import archive.core.provenance.index.FeatureKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The candidate index in PostgreSQL. A look-up joins the probe keys to {@code provenance_key} through
 * {@code provenance_key_count}, so keys shared by more than {@link #MAX_DOCUMENTS_PER_KEY} documents (boilerplate,
 * generic phrases) are skipped without reading their rows: the cost depends on the query, not the archive size.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class PostgresCandidateIndex implements CandidateIndex {

    public static final int MAX_DOCUMENTS_PER_KEY = 100;

    /**
     * Each probe key's count, then the rows of the keys that qualify, are read through the primary keys (a lateral
     * subquery with offset 0 cannot be turned into a join), so the cost follows the probe. Left to itself, the
     * planner hashes the whole count table for a probe of a thousand keys (a text's quote windows), which costs more
     * as the archive grows.
     */
    public static final String CANDIDATES = "with probe as materialized (select p.kind, p.key, p.weight "
            + "from unnest(?::smallint[], ?::bigint[], ?::float8[]) as p(kind, key, weight) "
            + "cross join lateral (select c.document_count from provenance_key_count c "
            + "where c.kind = p.kind and c.key = p.key offset 0) as c "
            + "where c.document_count <= ?) "
            + "select k.document_id, sum(p.weight) as weight, count(*) as hits from probe p "
            + "cross join lateral (select k.document_id from provenance_key k "
            + "where k.kind = p.kind and k.key = p.key offset 0) as k "
            + "group by k.document_id order by weight desc, k.document_id limit ?";

    private final EntityManager entityManager;

    public PostgresCandidateIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(String documentId, Fingerprints fingerprints) {
        KeyRows rows = KeyRows.stored(fingerprints);
        session().doWork(connection -> {
            removeKeys(connection, documentId);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into provenance_key (kind, key, document_id) "
                            + "select distinct k.kind, k.key, ? from unnest(?::smallint[], ?::bigint[]) as k(kind, key) "
                            + "on conflict do nothing");
                    PreparedStatement count = connection.prepareStatement(
                            "insert into provenance_key_count (kind, key, document_count) "
                                    + "select distinct k.kind, k.key, 1 from unnest(?::smallint[], ?::bigint[]) "
                                    + "as k(kind, key) on conflict (kind, key) do update "
                                    + "set document_count = provenance_key_count.document_count + 1")) {
                insert.setString(1, documentId);
                insert.setArray(2, rows.kinds(connection));
                insert.setArray(3, rows.keys(connection));
                insert.executeUpdate();
                count.setArray(1, rows.kinds(connection));
                count.setArray(2, rows.keys(connection));
                count.executeUpdate();
            }
        });
    }

    /**
     * A new version replaces the document's keys; their counts go down so the stop-key rule stays true, and a key no
     * document has any more is forgotten.
     */
    private static void removeKeys(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement decrement = connection.prepareStatement(
                "update provenance_key_count c set document_count = c.document_count - 1 from provenance_key k "
                        + "where k.document_id = ? and c.kind = k.kind and c.key = k.key");
                PreparedStatement unused = connection.prepareStatement(
                        "delete from provenance_key_count c using provenance_key k "
                                + "where k.document_id = ? and c.kind = k.kind and c.key = k.key "
                                + "and c.document_count <= 0");
                PreparedStatement delete = connection.prepareStatement(
                        "delete from provenance_key where document_id = ?")) {
            decrement.setString(1, documentId);
            decrement.executeUpdate();
            unused.setString(1, documentId);
            unused.executeUpdate();
            delete.setString(1, documentId);
            delete.executeUpdate();
        }
    }

    @Override
    public List<CandidateHit> candidates(Fingerprints query, int limit) {
        KeyRows probe = KeyRows.lookup(query);
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
                select.setArray(1, probe.kinds(connection));
                select.setArray(2, probe.keys(connection));
                select.setArray(3, probe.weights(connection));
                select.setInt(4, MAX_DOCUMENTS_PER_KEY);
                select.setInt(5, limit);
                List<CandidateHit> hits = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hits.add(new CandidateHit(rows.getString(1), rows.getInt(3), rows.getDouble(2)));
                    }
                }
                return hits;
            }
        });
    }

    @Override
    public long rowCount() {
        return ((Number) entityManager.createNativeQuery("select count(*) from provenance_key").getSingleResult())
                .longValue();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /** Parallel arrays of (kind, key, weight), as PostgreSQL's unnest takes them. */
    private record KeyRows(Short[] kindCodes, Long[] keyValues, Double[] weightValues) {

        static KeyRows stored(Fingerprints fingerprints) {
            return of(fingerprints, false);
        }

        static KeyRows lookup(Fingerprints fingerprints) {
            return of(fingerprints, true);
        }

        private static KeyRows of(Fingerprints fingerprints, boolean lookup) {
            List<Short> kinds = new ArrayList<>();
            List<Long> keys = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (FeatureKind kind : FeatureKind.values()) {
                for (long key : lookup ? fingerprints.lookupKeys(kind) : fingerprints.keys(kind)) {
                    kinds.add((short) kind.code());
                    keys.add(key);
                    weights.add(kind.lookupWeight());
                }
            }
            return new KeyRows(kinds.toArray(Short[]::new), keys.toArray(Long[]::new),
                    weights.toArray(Double[]::new));
        }

        Array kinds(Connection connection) throws SQLException {
            return connection.createArrayOf("smallint", kindCodes);
        }

        Array keys(Connection connection) throws SQLException {
            return connection.createArrayOf("bigint", keyValues);
        }

        Array weights(Connection connection) throws SQLException {
            return connection.createArrayOf("float8", weightValues);
        }
    }
}
