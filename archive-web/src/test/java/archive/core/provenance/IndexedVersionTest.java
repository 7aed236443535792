package archive.core.provenance;

import archive.core.provenance.index.Fingerprinter;
import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Term statistics count documents by their current text: a new version replaces its predecessor's terms. */
@QuarkusTest
class IndexedVersionTest {

    @Inject
    PostgresTermStatistics statistics;

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void aNewVersionReplacesThePreviousTextsTermsAndTheDocumentCountsOnce() {
        String first = unique("Quartermaster zeppelin inventory");
        String second = unique("Lighthouse semaphore rehearsal");
        long[] firstTerms = fingerprinter.fingerprint(first).termHashes();
        long[] secondTerms = fingerprinter.fingerprint(second).termHashes();
        String id = asLibrarian().contentType("text/plain").body(utf8(first)).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        long documents = documentCount();
        int[] before = frequencies(firstTerms);

        String etag = given().get("/api/v1/documents/{id}/text", id).header("ETag");
        asLibrarian().contentType("text/plain").header("If-Match", etag).body(utf8(second))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        assertEquals(documents, documentCount(), "still one document");
        int[] after = frequencies(firstTerms);
        for (int i = 0; i < before.length; i++) {
            long term = firstTerms[i];
            boolean stillUsed = Arrays.stream(secondTerms).anyMatch(other -> other == term);
            assertEquals(before[i] - (stillUsed ? 0 : 1), after[i], "term " + i + " of the replaced text");
        }
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> IndexedVersion.<IndexedVersion>findById(id))
                .textVersion);
    }

    private long documentCount() {
        return QuarkusTransaction.requiringNew().call(statistics::documentCount);
    }

    private int[] frequencies(long[] terms) {
        return QuarkusTransaction.requiringNew().call(() -> statistics.documentFrequencies(terms));
    }
}
