package archive.web.metrics;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator reads at /q/metrics (Prometheus text format) after the archive has done some work. */
@QuarkusTest
class MetricsTest {

    @Test
    void everyFigureAnOperatorNeedsIsServedAndMovesWithTheWork() {
        String before = metrics();
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("Metrics probe"))).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        given().get("/api/v1/documents/{id}/text", id).then().statusCode(200);
        given().get("/api/v1/documents/{id}/text", id).then().statusCode(200);
        given().get("/api/v1/documents/{id}/citation?style=apa", id).then().statusCode(200);
        asLibrarian().post("/api/v1/audits/fixity").then().statusCode(200);
        String after = metrics();

        for (String series : List.of(
                "archive_ingest_documents_total{mode=\"single\",outcome=\"created\"}",
                "archive_store_writes_seconds_count",
                "archive_store_flushes_seconds_count{method=\"fsync\"}",
                "archive_catalog_writes_seconds_count",
                "archive_derivation_documents_seconds_count",
                "archive_provenance_lookups_seconds_count{kind=\"archived\"}",
                "archive_fixity_documents_total{result=\"verified\"}")) {
            assertTrue(value(after, series) > value(before, series), series + " did not move:\n" + after);
        }
        for (String series : List.of(
                "archive_derivation_queued",
                "archive_derivation_failures_total",
                "archive_derivation_active",
                "archive_writes_unfinished",
                "archive_fixity_documents_total{result=\"failed\"}",
                "archive_provenance_lookups_seconds_count{kind=\"pasted\"}",
                "cache_gets_total{cache=\"content\",result=\"hit\"}",
                "cache_gets_total{cache=\"current-versions\",result=\"miss\"}",
                "cache_gets_total{cache=\"provenance-analyses\",result=\"hit\"}",
                "cache_gets_total{cache=\"citable-documents\",result=\"miss\"}",
                "executor_completed_tasks_total{name=\"derivation\"}",
                "executor_pool_size_threads{name=\"comparisons\"}",
                "archive_cluster_notifications_total{kind=\"versions\"}",
                "archive_cluster_listener_reconnects_total")) {
            assertTrue(value(after, series) >= 0, series + " is not served");
        }
        assertEquals(1, value(after, "archive_cluster_listener_connected"), "this node listens for other nodes");
        assertEquals(2, value(after, "archive_derivation_workers"), "the test profile's ARCHIVE_DERIVATION_WORKERS");
        assertTrue(after.contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/api/v1/documents/{documentId}/text\"}"), "timings per route, not per document");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample of one series (name and exact labels, as Prometheus writes them), or -1 if it is absent. */
    private static double value(String exposition, String series) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(exposition);
        return sample.find() ? Double.parseDouble(sample.group(1)) : -1;
    }
}
