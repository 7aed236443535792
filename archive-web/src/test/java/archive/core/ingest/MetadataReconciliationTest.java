package archive.core.ingest;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.seed;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.CatalogRows;
import archive.api.support.ChangeFeeds;
import archive.core.catalog.Catalog;
import io.ocfl.api.model.VersionNum;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store alone rebuilds a document's corrections and provenance decisions: metadata-only OCFL versions are
 * reconciled like text ones.
 */
@QuarkusTest
class MetadataReconciliationTest {

    private static final String SEED_002 = "002_58eaaafefa4de3bf.txt";
    private static final String ORIGINAL_000 = "095111aef963144d";
    private static final String ORIGINAL_002 = "58eaaafefa4de3bf";

    @Inject
    Reconciler reconciler;

    @Inject
    Derivations derivations;

    @Inject
    Catalog catalog;

    @Inject
    EntityManager entityManager;

    @Test
    void correctionsComeBackFromTheStoreAfterTheCatalogLostTheDocument() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Reconciled corrections")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        correct(id, "{\"title\": \"A Title Only the Store Remembers\", \"publicationDate\": \"2024-07\"}");
        correct(id, "{\"title\": \"The Second Title\"}");
        String before = given().get("/api/v1/documents/{id}/metadata/history", id).asString();

        forgetInTheCatalog(id);
        given().get("/api/v1/documents/{id}/metadata", id).then().statusCode(404);

        assertEquals(3, reconciler.reconcile(id), "text version 1 and metadata versions 1 and 2");
        assertEquals(VersionNum.fromString("v3"), catalog.document(id).orElseThrow().ocflHead);
        given().get("/api/v1/documents/{id}/metadata", id)
                .then().statusCode(200)
                .body("metadataVersion", equalTo(2))
                .body("fields.title.value", equalTo("The Second Title"))
                .body("fields.title.origin", equalTo("corrected"))
                .body("fields.publicationDate.value", equalTo("2024-07"));
        assertEquals(before, given().get("/api/v1/documents/{id}/metadata/history", id).asString());
        given().get("/api/v1/documents/{id}/events", id)
                .then().body("type", contains("ingestion", "metadata-correction", "metadata-correction"));
    }

    @Test
    void provenanceDecisionsComeBackFromTheStoreAfterTheCatalogLostTheDocument() {
        String text = "Security talks report. " + seed(SEED_002).substring(90, 1600) + "\n"
                + unique("Reconciled decisions");
        derivations.deriveQueued();
        String beforeUpload = ChangeFeeds.endOfFeed();
        String id = asLibrarian().contentType("text/plain").body(utf8(text)).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        decide(id, ORIGINAL_002, "rejected");
        decide(id, ORIGINAL_000, "confirmed");
        VersionNum head = catalog.document(id).orElseThrow().ocflHead;
        decide(id, ORIGINAL_000, "confirmed");
        assertEquals(head, catalog.document(id).orElseThrow().ocflHead, "the standing decision archives nothing new");
        List<List<Object>> before = decisions(id);
        assertEquals(2, before.size(), before.toString());
        List<List<Object>> changesBefore = changes(ChangeFeeds.follow(beforeUpload, 100));

        forgetInTheCatalog(id);
        given().get("/api/v1/documents/{id}/provenance", id).then().statusCode(404);
        String beforeReconciliation = ChangeFeeds.endOfFeed();

        assertEquals(3, reconciler.reconcile(id), "text version 1 and two decisions");
        assertEquals(before, decisions(id));
        given().get("/api/v1/documents/{id}/events", id)
                .then().body("type", contains("ingestion", "provenance-decision", "provenance-decision"));
        // The change feed tells the reconciled changes again, each with its source and decision and the id it had.
        assertEquals(changesBefore, changes(ChangeFeeds.follow(beforeReconciliation, 100)));
        assertEquals(List.of("document-archived", "provenance-decided", "provenance-decided"),
                changesBefore.stream().map(change -> change.get(1)).toList());
    }

    /** Id, kind, document, source and decision of each change. */
    private static List<List<Object>> changes(List<Map<String, Object>> changes) {
        return changes.stream().map(change -> Arrays.asList(change.get("id"), change.get("kind"),
                change.get("documentId"), change.get("sourceId"), change.get("decision"))).toList();
    }

    /** Source, status, who and when of every decided link, best first. */
    private static List<List<Object>> decisions(String id) {
        List<Map<String, Object>> candidates = given().get("/api/v1/documents/{id}/provenance", id)
                .then().statusCode(200).extract().jsonPath().getList("candidates");
        return candidates.stream().filter(candidate -> candidate.get("decidedBy") != null)
                .map(candidate -> List.of(candidate.get("sourceId"), candidate.get("status"),
                        candidate.get("decidedBy"), candidate.get("decidedAt")))
                .toList();
    }

    private static void decide(String id, String sourceId, String status) {
        asLibrarian().contentType("application/json").body("{\"status\":\"" + status + "\"}")
                .post("/api/v1/documents/{id}/provenance/{source}", id, sourceId)
                .then().statusCode(200).body("status", equalTo(status));
    }

    private static void correct(String id, String patch) {
        asLibrarian().contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/documents/{id}/metadata", id)
                .then().statusCode(200);
    }

    private void forgetInTheCatalog(String id) {
        CatalogRows.forget(entityManager, id);
    }
}
