package archive.core.rebuild;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.currentEtag;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.CatalogRows;
import archive.api.support.S3Archive;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the OCFL store on S3, the bucket alone rebuilds the catalog: the documents' rows and ocfl-java's cached
 * inventories are gone from PostgreSQL, and every version comes back from the objects in the bucket.
 */
@QuarkusTest
@TestProfile(S3Archive.class)
class S3CatalogRebuildTest {

    @Inject
    CatalogRebuild rebuild;

    @Inject
    EntityManager entityManager;

    @Test
    void rebuildsLostDocumentsFromTheBucketAlone() {
        byte[] single = utf8(unique("Rebuilt from a bucket"));
        String singleId = asLibrarian().contentType("text/plain").body(single).post("/api/v1/documents").path("id");
        byte[] first = utf8(unique("Rebuilt from a bucket, first"));
        byte[] second = utf8(unique("Rebuilt from a bucket, second"));
        String versionedId = asLibrarian().contentType("text/plain").body(first).post("/api/v1/documents")
                .path("id");
        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(versionedId)).body(second)
                .put("/api/v1/documents/{id}/text", versionedId).then().statusCode(201);
        asLibrarian().contentType("application/merge-patch+json").body("{\"title\": \"A Title the Bucket Keeps\"}")
                .patch("/api/v1/documents/{id}/metadata", versionedId).then().statusCode(200);
        List<String> before = List.of(describe(singleId), describe(versionedId), history(versionedId));

        CatalogRows.forget(entityManager, singleId);
        CatalogRows.forget(entityManager, versionedId);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from ocfl_object_details").executeUpdate());
        given().get("/api/v1/documents/{id}", versionedId).then().statusCode(404);

        RebuildReport report = rebuild.rebuild();

        assertEquals(List.of(), report.failed().stream()
                .filter(failure -> List.of(singleId, versionedId).contains(failure.documentId())).toList());
        assertEquals(before, List.of(describe(singleId), describe(versionedId), history(versionedId)));
        assertArrayEquals(first, given().get("/api/v1/documents/{id}/versions/1/text", versionedId).asByteArray());
        assertArrayEquals(second, given().get("/api/v1/documents/{id}/text", versionedId).asByteArray());
        assertArrayEquals(single, given().get("/api/v1/documents/{id}/text", singleId).asByteArray());
    }

    private static String describe(String id) {
        return given().get("/api/v1/documents/{id}", id).then().statusCode(200).extract().asString();
    }

    private static String history(String id) {
        return given().get("/api/v1/documents/{id}/metadata/history", id).then().statusCode(200).extract()
                .asString();
    }
}
