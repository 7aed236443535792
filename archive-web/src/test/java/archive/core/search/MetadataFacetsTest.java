package archive.core.search;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The search facets follow the metadata: extraction at ingest, librarians' corrections, and the start-up backfill. */
@QuarkusTest
class MetadataFacetsTest {

    @Inject
    MetadataFacets facets;

    @Inject
    EntityManager entityManager;

    @Test
    void theSeedsAreFoundByKindAndPublisher() {
        given().get("/api/v1/search?q=Peshmerga&kind=original&size=100").then().statusCode(200)
                .body("items.id", hasItem(Seeds.DEFENSE_STORY_JULY))
                .body("items.id", not(hasItem(Seeds.UNTITLED_REWRITE)));
        given().queryParam("q", "Peshmerga").queryParam("publisher", Seeds.DOD).queryParam("size", 100)
                .get("/api/v1/search").then().statusCode(200)
                .body("items.id", hasItem(Seeds.DEFENSE_STORY_JULY));
        given().get("/api/v1/search?q=Peshmerga&kind=rewrite&size=100").then()
                .body("items.id", hasItem(Seeds.MISDATED_WEB_PAGE))
                .body("items.id", not(hasItem(Seeds.DEFENSE_STORY_JULY)));
    }

    @Test
    void aDateThatContradictsTheTextIsNoFacet() {
        given().get("/api/v1/documents/{id}/metadata", Seeds.MISDATED_WEB_PAGE).then()
                .body("flags.type", hasItem("DATE_CONTRADICTS_TEXT"));
        given().get("/api/v1/search?q=Peshmerga&size=100").then()
                .body("items.find { it.id == '" + Seeds.MISDATED_WEB_PAGE + "' }.publishedOn", nullValue());
    }

    @Test
    void aCorrectionChangesTheFacets() {
        String word = "w" + UUID.randomUUID().toString().replace("-", "");
        String id = upload("Facet story " + word);

        correct(id, "{\"publisher\": \"Corrected Press\", \"kind\": \"rewrite\", \"publicationDate\": \"2021-03\"}");

        given().get("/api/v1/search?q=" + word + "&publisher=corrected press&kind=rewrite&from=2021-03-01")
                .then().body("items.id", hasItem(id))
                .body("items[0].publishedOn", equalTo("2021-03-01"));
    }

    @Test
    void theBackfillSetsFacetsDocumentsLack() {
        String word = "w" + UUID.randomUUID().toString().replace("-", "");
        String id = upload("Backfill story " + word);
        correct(id, "{\"publisher\": \"Backfill Press\"}");
        // As a row indexed before facets existed looks (V7 marks those as pending).
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update document_search set publisher = null, site = null, published_on = null, kind = null, "
                        + "facets_pending = true where document_id = ?1").setParameter(1, id).executeUpdate());
        given().get("/api/v1/search?q=" + word + "&publisher=Backfill Press").then().body("total", equalTo(0));

        assertTrue(facets.backfill() >= 1);

        given().get("/api/v1/search?q=" + word + "&publisher=Backfill Press").then().body("items.id", hasItem(id));
    }

    @Test
    void aDocumentWithoutAnyFacetIsBackfilledOnceNotAtEveryStart() {
        String id = upload("No facet " + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update document_search set facets_pending = true where document_id = ?1").setParameter(1, id)
                .executeUpdate());
        facets.backfill();

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select facets_pending, coalesce(publisher, site, cast(published_on as text), kind) "
                        + "from document_search where document_id = ?1").setParameter(1, id).getSingleResult());
        assertEquals(false, row[0]);
        assertNull(row[1], "the document has no facet at all");
        assertEquals(0, facets.backfill(), "nothing is left to backfill");
    }

    private static String upload(String text) {
        return asLibrarian().contentType("text/plain").body(utf8(unique(text))).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
    }

    private static void correct(String id, String patch) {
        asLibrarian().contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);
    }
}
