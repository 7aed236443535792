package archive.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Catalog columns hold what they always held, which is also what a catalog rebuilt from metadata.json holds: terms
 * as their codes (a row with a code the archive does not know is refused when read, naming the code, instead of
 * being read as nothing).
 */
@QuarkusTest
class CatalogColumnsTest {

    private static final String SEED_000 = "095111aef963144d";
    private static final String STRANGER = "catalog-columns-test";

    @Inject
    Catalog catalog;

    @Inject
    EntityManager entityManager;

    @Test
    void termsAreStoredAsTheirCodes() {
        List<?> rows = sql("select type || ' ' || outcome from archive_event where document_id = ?1 "
                + "and version_number = 1 order by id", SEED_000);

        assertEquals("ingestion success", rows.get(0));
        assertEquals(EventType.INGESTION, catalog.events(SEED_000).get(0).type);
        assertEquals(EventOutcome.SUCCESS, catalog.events(SEED_000).get(0).outcome);
    }

    @Test
    void aRowWithAnUnknownCodeFailsToLoadAndSaysWhichCode() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into archive_event (type, outcome, agent, occurred_at, account_name) "
                        + "values ('written-by-a-later-release', 'success', 'test', now(), ?1)")
                .setParameter(1, STRANGER).executeUpdate());
        try {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                    .call(() -> ArchiveEvent.list("accountName", STRANGER)));

            assertTrue(messages(refused).contains("'written-by-a-later-release' is not a code of EventType"),
                    messages(refused));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "delete from archive_event where account_name = ?1").setParameter(1, STRANGER).executeUpdate());
        }
    }

    private List<?> sql(String query, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(query)
                .setParameter(1, parameter).getResultList());
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
