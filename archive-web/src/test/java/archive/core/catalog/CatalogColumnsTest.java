package archive.core.catalog;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
 * being read as nothing), metadata values as JSON values in jsonb (not as JSON text inside a JSON string).
 */
@QuarkusTest
class CatalogColumnsTest {

    private static final DocumentId SEED_000 = new DocumentId("095111aef963144d");
    private static final String STRANGER = "catalog-columns-test";

    @Inject
    Catalog catalog;

    @Inject
    EntityManager entityManager;

    @Test
    void termsAreStoredAsTheirCodes() {
        List<?> rows = sql("select type || ' ' || outcome from archive_event where document_id = ?1 "
                + "and version_number = 1 order by id", SEED_000.value());

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

    @Test
    void metadataValuesAreJsonValuesAndComeBackAsSent() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Stored as JSON")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        asLibrarian().contentType("application/merge-patch+json")
                .body("{\"authors\": [\"Jim Garamone\", \"C. Todd Lopez\"], \"title\": \"Quotes \\\" and \\\\ kept\"}")
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);

        assertEquals(List.of("authors array", "title string"), sql("select name || ' ' || jsonb_typeof(value) "
                + "from metadata_field where document_id = ?1 and name in ('authors', 'title') order by name", id));
        assertEquals(List.of("authors array", "title string"), sql("select name || ' ' || jsonb_typeof(new_value) "
                + "from metadata_correction where document_id = ?1 and new_value is not null order by name", id));
        assertEquals(List.of("string"), sql("select jsonb_typeof(value) from metadata_extraction "
                + "where document_id = ?1 and text_version = 1 and name = 'title'", SEED_000.value()));
        given().get("/api/v1/documents/{id}/metadata", id).then()
                .body("fields.authors.value", contains("Jim Garamone", "C. Todd Lopez"))
                .body("fields.title.value", equalTo("Quotes \" and \\ kept"));
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
