package archive.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

/** A plain HTTP client of a running {@link ArchiveProcess}, as the administrator; safe to share between threads. */
final class ArchiveClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Function<String, URI> uris;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
            (ArchiveProcess.ADMIN + ":" + ArchiveProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    ArchiveClient(ArchiveProcess archive) {
        this.uris = archive::uri;
    }

    /** Sends the request; an IOException (the server was killed mid-request) is thrown as is. */
    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    HttpRequest.Builder upload(byte[] text, String fileName) {
        return HttpRequest.newBuilder(uris.apply("/api/v1/documents?filename="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text));
    }

    /**
     * A new version whatever the current one is (If-Match: *): the tests write documents nobody else writes, so no
     * one's change can be lost, and after a kill a client cannot know whether its last write was kept.
     */
    HttpRequest.Builder newVersion(String id, byte[] text) {
        return HttpRequest.newBuilder(uris.apply("/api/v1/documents/" + id + "/text"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("If-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(text));
    }

    HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uris.apply(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    HttpRequest.Builder post(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(uris.apply(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    HttpRequest.Builder patch(String path, String mergePatch) {
        return HttpRequest.newBuilder(uris.apply(path)).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(mergePatch));
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uris.apply(path)).GET();
    }

    /** GET (or any request) that must succeed, as JSON. */
    JsonNode json(HttpRequest.Builder request) {
        HttpResponse<byte[]> response = sendExpecting(request, 200);
        return parse(response.body());
    }

    byte[] bytes(String path) {
        return sendExpecting(get(path), 200).body();
    }

    int status(String path) {
        try {
            return send(get(path)).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<byte[]> sendExpecting(HttpRequest.Builder request, int status) {
        try {
            HttpResponse<byte[]> response = send(request);
            if (response.statusCode() != status) {
                throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                        + response.statusCode() + " instead of " + status + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
