package archive.core.provenance;

import archive.core.provenance.index.FeatureKind;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The candidate look-up's cost follows the probe, not the size of the index. */
@QuarkusTest
class PostgresCandidateIndexTest {

    /** About the quote windows of an 8 KB text, the largest probes detection sends. */
    private static final int PROBE_KEYS = 1500;

    @Inject
    EntityManager entityManager;

    @Test
    void aLargeProbeReadsKeyCountsThroughTheirIndexInsteadOfScanningTheCountTable() {
        String plan = QuarkusTransaction.requiringNew().call(() -> entityManager.unwrap(Session.class)
                .doReturningWork(connection -> {
                    SplittableRandom random = new SplittableRandom(7);
                    Short[] kinds = new Short[PROBE_KEYS];
                    Long[] keys = new Long[PROBE_KEYS];
                    Double[] weights = new Double[PROBE_KEYS];
                    Arrays.fill(kinds, (short) FeatureKind.QUOTE.code());
                    Arrays.setAll(keys, i -> random.nextLong());
                    Arrays.fill(weights, FeatureKind.QUOTE.lookupWeight());
                    try (PreparedStatement explain = connection.prepareStatement(
                            "explain " + PostgresCandidateIndex.CANDIDATES)) {
                        explain.setArray(1, connection.createArrayOf("smallint", kinds));
                        explain.setArray(2, connection.createArrayOf("bigint", keys));
                        explain.setArray(3, connection.createArrayOf("float8", weights));
                        explain.setInt(4, PostgresCandidateIndex.MAX_DOCUMENTS_PER_KEY);
                        explain.setInt(5, ProvenanceLookup.RERANKED_CANDIDATES + 1);
                        StringBuilder lines = new StringBuilder();
                        try (ResultSet rows = explain.executeQuery()) {
                            while (rows.next()) {
                                lines.append(rows.getString(1)).append('\n');
                            }
                        }
                        return lines.toString();
                    }
                }));
        assertFalse(plan.contains("Seq Scan on provenance_key_count"), plan);
        assertFalse(plan.contains("Seq Scan on provenance_key "), plan);
        assertTrue(plan.contains("provenance_key_count_pkey") && plan.contains("provenance_key_pkey"), plan);
    }
}
