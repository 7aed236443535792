package archive.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Bucket;
import archive.api.support.S3Server;
import archive.api.support.Texts;
import archive.core.storage.ContentDigest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two packaged archives serving one archive, as a load balancer would put them: two processes on two ports, each
 * with its own data directory, sharing one PostgreSQL database (made fresh on the machine's server for the run and
 * dropped after it) and one OCFL store in a bucket of s3proxy (run in this JVM). What one node is told, the other
 * must answer at once: texts, metadata and citations written through one and read through the other (which had the
 * old answer cached), concurrent new versions of one document through both (If-Match: one wins, the other gets 412,
 * nothing is overwritten unseen), a librarian's provenance decision, and a node killed with SIGKILL during a bulk
 * import while the other goes on serving and deriving. Every check is printed with its outcome.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE_USER = "postgres";
    /**
     * How long a node may answer from before another node's acknowledged write: the news of a change reaches the
     * other nodes after the writing transaction commits, so "at once" is a short delay, never a stale answer kept.
     */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);
    /** For work that takes its time: an import's progress, uploads, the derivation of an import. */
    private static final Duration PROGRESS_DEADLINE = Duration.ofSeconds(60);
    /** Between two polls of a condition: short beside every deadline, long enough to leave the nodes the CPU. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int CONCURRENT_ROUNDS = 5;
    /**
     * Two of the import's batches (200 files, then 50): the kill falls once B lists a file of the first, while A
     * writes the second.
     */
    private static final int IMPORT_FILES = 250;
    private static final int FIRST_BATCH = 200;
    /** A seed rewrite and the defense.gov story detection links it to (auto), both bundled with the application. */
    private static final String REWRITE = "14e58095c9a75005";
    private static final String SOURCE = "095111aef963144d";

    private final Random random = new Random(Long.getLong("archive.two-nodes.seed", 20261204L));
    private final S3Server s3 = new S3Server();
    /** Not from the seeded Random: two runs at once (two checkouts) must not share a database. */
    private final String database = "archive_two_nodes_" + UUID.randomUUID().toString().replace("-", "");
    private final long started = System.nanoTime();
    private Map<String, String> settings;
    private Path work;
    private Bucket bucket;
    private ArchiveProcess nodeA;
    private ArchiveProcess nodeB;
    private ArchiveClient a;
    private ArchiveClient b;

    @BeforeAll
    void startTwoNodes() throws Exception {
        work = Files.createTempDirectory("archive-two-nodes-it");
        execute("postgres", "CREATE DATABASE " + database);
        settings = new HashMap<>(ArchiveProcess.environment(s3.start()));
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", SERVER + database);
        settings.put("QUARKUS_DATASOURCE_USERNAME", DATABASE_USER);
        settings.put("ARCHIVE_IMPORTS_ROOT", work.resolve("imports").toString());
        settings.put("ARCHIVE_NAME", "Two-node test archive");
        bucket = new Bucket();
        Files.createDirectories(work.resolve("a"));
        Files.createDirectories(work.resolve("b"));
        // One after the other: the first creates the schema and archives the seeds, as a rolling start would.
        nodeA = ArchiveProcess.start(work.resolve("a/data"), settings);
        a = new ArchiveClient(nodeA);
        nodeB = ArchiveProcess.start(work.resolve("b/data"), settings);
        b = new ArchiveClient(nodeB);
        System.out.printf(Locale.ROOT, "two nodes: A on %s, B on %s, database %s, bucket s3://%s/%s; both ready "
                + "after %.1f s%n", nodeA.uri(""), nodeB.uri(""), database, S3Server.BUCKET, S3Server.PREFIX,
                seconds(started));
    }

    @AfterAll
    void stopTwoNodes() throws Exception {
        try {
            for (ArchiveProcess node : new ArchiveProcess[] {nodeA, nodeB}) {
                if (node != null && node.isAlive()) {
                    node.stop();
                }
            }
        } finally {
            if (bucket != null) {
                bucket.close();
            }
            s3.stop();
            execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            ArchiveProcess.deleteWorkDirectory(work);
        }
        System.out.printf(Locale.ROOT, "two nodes: %.1f s in all%n", seconds(started));
    }

    @Test
    @Order(1)
    void aWriteThroughOneNodeIsServedByTheOtherAtOnce() {
        Checks checks = new Checks("write on A, read on B");
        byte[] first = Texts.utf8(Texts.unique("Two nodes, first version"));
        String id = created(a.sendExpecting(a.upload(first, "two-nodes.txt"), 201));
        checks.run("B serves a document A archived, byte for byte", () -> awaitBytes(b, textOf(id), first));
        // B answers once for each, so whatever it caches it caches now.
        b.bytes(textOf(id));
        b.json(b.get("/api/v1/documents/" + id + "/metadata"));
        b.json(b.get("/api/v1/documents/" + id + "/citation"));

        byte[] second = Texts.utf8(Texts.unique("Two nodes, second version"));
        a.sendExpecting(a.newVersion(id, second).setHeader("If-Match", etag(first)), 201);
        checks.run("B serves A's new version as the current text, byte for byte, with its ETag",
                () -> {
                    awaitBytes(b, textOf(id), second);
                    assertEquals(etag(second), header(b, textOf(id), "ETag"));
                });
        checks.run("B serves the first version unchanged",
                () -> assertArrayEquals(first, b.bytes("/api/v1/documents/" + id + "/versions/1/text")));
        String title = "Corrected on node A " + Texts.uniqueWord();
        a.json(a.patch("/api/v1/documents/" + id + "/metadata", "{\"title\":" + ArchiveClient.quote(title) + "}"));
        checks.run("B serves the metadata corrected on A", () -> awaitValue(() -> b.json(b.get("/api/v1/documents/"
                + id + "/metadata")).at("/fields/title/value").asText(), title));
        checks.run("B cites the new version with the corrected title, as A does", () -> {
            awaitTrue("B's citation names the corrected title and version 2", () -> {
                JsonNode citation = b.json(b.get("/api/v1/documents/" + id + "/citation"));
                return citation.get("version").asInt() == 2 && citation.get("citation").asText().contains(title);
            });
            assertEquals(citation(a, nodeA, id), citation(b, nodeB, id));
        });
        checks.assertAllPassed();
    }

    @Test
    @Order(2)
    void concurrentNewVersionsOfOneDocumentThroughBothNodesNeverLoseAnUpdate() throws Exception {
        Checks checks = new Checks("concurrent If-Match writes through A and B");
        String id = created(b.sendExpecting(b.upload(Texts.utf8(Texts.unique("Two writers")), "writers.txt"), 201));
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= CONCURRENT_ROUNDS; round++) {
                JsonNode before = a.json(a.get("/api/v1/documents/" + id));
                String ifMatch = "\"" + before.get("sha256").asText() + "\"";
                byte[] viaA = Texts.utf8(Texts.unique("Round " + round + " through A"));
                byte[] viaB = Texts.utf8(Texts.unique("Round " + round + " through B"));
                CountDownLatch go = new CountDownLatch(1);
                Future<HttpResponse<byte[]>> answerA = writers.submit(() -> {
                    go.await();
                    return a.send(a.newVersion(id, viaA).setHeader("If-Match", ifMatch));
                });
                Future<HttpResponse<byte[]>> answerB = writers.submit(() -> {
                    go.await();
                    return b.send(b.newVersion(id, viaB).setHeader("If-Match", ifMatch));
                });
                go.countDown();
                HttpResponse<byte[]> responseA = answerA.get();
                HttpResponse<byte[]> responseB = answerB.get();
                int statusA = responseA.statusCode();
                int statusB = responseB.statusCode();
                int versionsBefore = before.get("currentVersion").asInt();
                checks.run("round " + round + ": one write archived (201), the other refused (412); A answered "
                        + statusA + ", B " + statusB, () -> assertEquals(Set.of(201, 412), Set.of(statusA, statusB),
                                "A: " + body(responseA) + " B: " + body(responseB)));
                checks.run("round " + round + ": both nodes list every archived write and no refused one", () -> {
                    for (ArchiveClient node : List.of(a, b)) {
                        List<String> history = history(node, id);
                        assertEquals(versionsBefore + (statusA == 201 ? 1 : 0) + (statusB == 201 ? 1 : 0),
                                history.size(), "versions " + history);
                        assertEquals(statusA == 201, history.contains(ContentDigest.sha256Hex(viaA)));
                        assertEquals(statusB == 201, history.contains(ContentDigest.sha256Hex(viaB)));
                    }
                });
                if ((statusA == 201) != (statusB == 201)) {
                    byte[] winner = statusA == 201 ? viaA : viaB;
                    checks.run("round " + round + ": both nodes serve the winner's text",
                            () -> {
                                awaitBytes(a, textOf(id), winner);
                                awaitBytes(b, textOf(id), winner);
                            });
                }
            }
        } finally {
            writers.shutdownNow();
        }
        checks.assertAllPassed();
    }

    @Test
    @Order(3)
    void aLibrariansProvenanceDecisionOnOneNodeShowsInTheOthersCitationAtOnce() {
        Checks checks = new Checks("provenance decision on A, citation on B");
        String decide = "/api/v1/documents/" + REWRITE + "/provenance/" + SOURCE;
        checks.run("B cites the seed rewrite with its detected source", () -> {
            JsonNode source = b.json(b.get("/api/v1/documents/" + REWRITE + "/citation")).get("source");
            assertEquals(SOURCE, source.get("documentId").asText());
            assertTrue(source.get("cited").asBoolean(), source.toString());
        });
        a.json(a.post(decide, "{\"status\":\"rejected\"}"));
        checks.run("B's citation drops the source A's librarian rejected", () -> awaitTrue("no source cited", () -> {
            JsonNode citation = b.json(b.get("/api/v1/documents/" + REWRITE + "/citation"));
            return citation.get("entries").size() == 1
                    && (citation.path("source").isMissingNode() || citation.get("source").isNull()
                        || !citation.get("source").path("cited").asBoolean());
        }));
        a.json(a.post(decide, "{\"status\":\"confirmed\"}"));
        checks.run("B's citation carries the source A's librarian confirmed, as A's does", () -> {
            awaitValue(() -> b.json(b.get("/api/v1/documents/" + REWRITE + "/citation")).at("/source/linkStatus")
                    .asText(), "confirmed");
            assertEquals(citation(a, nodeA, REWRITE), citation(b, nodeB, REWRITE));
        });
        checks.run("B lists the decision with who made it", () -> {
            JsonNode candidate = b.json(b.get("/api/v1/documents/" + REWRITE + "/provenance")).get("candidates")
                    .get(0);
            assertEquals(SOURCE, candidate.get("sourceId").asText());
            assertEquals("confirmed", candidate.get("status").asText());
            assertEquals(ArchiveProcess.ADMIN, candidate.get("decidedBy").asText());
        });
        checks.assertAllPassed();
    }

    /** Last: it kills node A and starts it again. */
    @Test
    @Order(4)
    void whenOneNodeIsKilledDuringABulkImportTheOtherServesAndDerivesAndNothingAcknowledgedIsLost()
            throws Exception {
        Checks checks = new Checks("SIGKILL of A during a bulk import");
        List<byte[]> importTexts = writeImportFolder(Files.createDirectories(work.resolve("imports/batch")));
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean importAnswered = new AtomicBoolean();
        CountDownLatch uploadsOnB = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        clients.add(start(() -> {
            try {
                a.send(a.post("/api/v1/imports", "{\"folder\":\"batch\"}"));
                importAnswered.set(true);
            } catch (IOException expected) {
                // the kill cut the import off
            }
        }));
        clients.add(start(new Uploader(a, "A", acknowledged, failures, killed)));
        Uploader uploaderB = new Uploader(b, "B", acknowledged, failures, stop);
        clients.add(start(uploaderB));
        int killAfter = random.nextInt(FIRST_BATCH);
        awaitTrue("B lists import file " + killAfter, () -> b.status(textOf(importId(importTexts.get(killAfter))))
                == 200, PROGRESS_DEADLINE);
        killed.set(true);
        nodeA.kill();
        int uploadsOnBAtKill = uploaderB.count();
        long kill = System.nanoTime();
        List<byte[]> listedAtKill = importTexts.stream().filter(text -> b.status(textOf(importId(text))) == 200)
                .toList();
        System.out.printf(Locale.ROOT, "two nodes: killed A after B listed import file %d; B listed %d of %d "
                + "imported files then, %d uploads acknowledged%n", killAfter, listedAtKill.size(), IMPORT_FILES,
                acknowledged.size());
        checks.run("the kill fell during the import, before it answered", () -> assertFalse(importAnswered.get()));
        checks.run("B goes on archiving uploads after A died", () -> awaitTrue("B acknowledged more uploads",
                () -> uploaderB.count() >= uploadsOnBAtKill + 3, PROGRESS_DEADLINE));
        stop.set(true);
        for (Thread client : clients) {
            client.join();
        }
        checks.run("no upload failed on a node that was not being killed",
                () -> assertEquals(List.of(), List.copyOf(failures)));
        checks.run("B serves every acknowledged upload and every listed import file, byte for byte",
                () -> assertEquals(List.of(), lost(b, acknowledged, listedAtKill)));
        checks.run("B derives what A's import queued (the derivation queue empties with A down)", () -> {
            awaitQueueEmpty(b, PROGRESS_DEADLINE);
            System.out.printf(Locale.ROOT, "two nodes: B drained the derivation queue %.1f s after the kill%n",
                    seconds(kill));
        });

        nodeA = ArchiveProcess.start(work.resolve("a/data"), settings);
        a = new ArchiveClient(nodeA);
        checks.run("after A's restart, both nodes serve everything acknowledged, byte for byte", () -> {
            assertEquals(List.of(), lost(a, acknowledged, listedAtKill));
            assertEquals(List.of(), lost(b, acknowledged, listedAtKill));
        });
        checks.run("the bucket holds exactly the catalog's documents", () -> assertEquals(catalogCount(a),
                bucket.keys(S3Server.PREFIX + "/").stream().filter(key -> key.endsWith("/0=ocfl_object_1.1"))
                        .count()));
        checks.run("the fixity audit passes", () -> {
            awaitQueueEmpty(a, PROGRESS_DEADLINE); // B derived the queue already, unless it could not
            JsonNode audit = a.json(a.post("/api/v1/audits/fixity", "{}"));
            System.out.printf("two nodes: fixity audit checked %d documents, %d failed%n",
                    audit.get("checked").asInt(), audit.get("failed").size());
            assertEquals(catalogCount(a), audit.get("checked").asLong());
            assertEquals(0, audit.get("failed").size(), audit.get("failed").toString());
        });
        // Last, as it queues the rest of the import for a derivation no check waits for.
        checks.run("the interrupted import completes when run again, through B", () -> {
            JsonNode report = b.json(b.post("/api/v1/imports", "{\"folder\":\"batch\"}"));
            assertEquals(IMPORT_FILES, report.get("imported").asInt() + report.get("duplicates").asInt(),
                    report.toString());
            assertEquals(0, report.get("rejected").asInt(), report.toString());
        });
        checks.assertAllPassed();
    }

    /** An upload a node answered with 2xx: these bytes must be this version of this document forever. */
    private record Acknowledged(String documentId, int version, byte[] text) {
    }

    /** Uploads new documents through one node until told to stop, recording what it acknowledged. */
    private static final class Uploader implements Runnable {
        private final ArchiveClient node;
        private final String name;
        private final ConcurrentLinkedQueue<Acknowledged> acknowledged;
        private final ConcurrentLinkedQueue<String> failures;
        private final AtomicBoolean stop;
        private volatile int count;

        Uploader(ArchiveClient node, String name, ConcurrentLinkedQueue<Acknowledged> acknowledged,
                ConcurrentLinkedQueue<String> failures, AtomicBoolean stop) {
            this.node = node;
            this.name = name;
            this.acknowledged = acknowledged;
            this.failures = failures;
            this.stop = stop;
        }

        int count() {
            return count;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                byte[] text = Texts.utf8(Texts.unique("Uploaded through " + name));
                try {
                    HttpResponse<byte[]> response = node.send(node.upload(text, "upload.txt"));
                    if (response.statusCode() / 100 != 2) {
                        failures.add(name + " answered " + response.statusCode() + ": " + body(response));
                        return;
                    }
                    JsonNode document = ArchiveClient.parse(response.body());
                    acknowledged.add(new Acknowledged(document.get("id").asText(),
                            document.get("currentVersion").asInt(), text));
                    count++;
                } catch (IOException e) {
                    if (!stop.get()) {
                        failures.add(name + " failed while it was not being killed: " + e);
                    }
                    return;
                }
            }
        }
    }

    /** What a node no longer serves byte for byte of what was acknowledged or listed. */
    private static List<String> lost(ArchiveClient node, ConcurrentLinkedQueue<Acknowledged> acknowledged,
            List<byte[]> listed) {
        List<String> lost = new ArrayList<>();
        for (Acknowledged upload : acknowledged) {
            String path = "/api/v1/documents/" + upload.documentId() + "/versions/" + upload.version() + "/text";
            if (!Arrays.equals(upload.text(), bytesOrNull(node, path))) {
                lost.add(path);
            }
        }
        for (byte[] text : listed) {
            if (!Arrays.equals(text, bytesOrNull(node, textOf(importId(text))))) {
                lost.add(textOf(importId(text)));
            }
        }
        return lost;
    }

    private static byte[] bytesOrNull(ArchiveClient node, String path) {
        try {
            HttpResponse<byte[]> response = node.send(node.get(path));
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one check, prints its outcome, and keeps going so that every check of a scenario is reported. */
    private static final class Checks {
        private final String scenario;
        private final List<String> failed = new ArrayList<>();

        Checks(String scenario) {
            this.scenario = scenario;
        }

        void run(String what, Check check) {
            long started = System.nanoTime();
            try {
                check.run();
                System.out.printf(Locale.ROOT, "two nodes [%s] PASS %s (%.2f s)%n", scenario, what, seconds(started));
            } catch (AssertionError | RuntimeException | IOException e) {
                failed.add(what + ": " + e.getMessage());
                System.out.printf(Locale.ROOT, "two nodes [%s] FAIL %s: %s%n", scenario, what, e.getMessage());
            }
        }

        void assertAllPassed() {
            assertEquals(List.of(), failed, scenario);
        }
    }

    @FunctionalInterface
    private interface Check {
        void run() throws IOException;
    }

    private static void awaitBytes(ArchiveClient node, String path, byte[] expected) {
        awaitTrue(path + " byte for byte", () -> Arrays.equals(expected, bytesOrNull(node, path)));
    }

    private static void awaitValue(Supplier<String> actual, String expected) {
        awaitTrue("the value " + expected, () -> expected.equals(actual.get()));
    }

    private static void awaitTrue(String what, Supplier<Boolean> condition) {
        awaitTrue(what, condition, AT_ONCE);
    }

    /** Polls the condition until it holds; fails, saying what was awaited, once the deadline has passed. */
    private static void awaitTrue(String what, Supplier<Boolean> condition, Duration deadline) {
        long giveUp = System.nanoTime() + deadline.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("not within " + deadline.toMillis() + " ms: " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static void awaitQueueEmpty(ArchiveClient node, Duration deadline) {
        awaitTrue("the derivation queue is empty", () -> node.json(node.get("/q/health/well"))
                .at("/checks/0/data/queued").asLong() == 0, deadline);
    }

    /** A node's citation with its own address taken out, so two nodes' answers compare byte for byte. */
    private static String citation(ArchiveClient client, ArchiveProcess node, String id) {
        return new String(client.bytes("/api/v1/documents/" + id + "/citation"), StandardCharsets.UTF_8)
                .replace(node.uri("").getAuthority(), "<node>");
    }

    private static List<String> history(ArchiveClient node, String id) {
        List<String> digests = new ArrayList<>();
        node.json(node.get("/api/v1/documents/" + id)).get("versions")
                .forEach(version -> digests.add(version.get("sha256").asText()));
        return digests;
    }

    private static String header(ArchiveClient node, String path, String name) throws IOException {
        return node.send(node.get(path)).headers().firstValue(name).orElse("");
    }

    private static long catalogCount(ArchiveClient node) {
        return node.json(node.get("/api/v1/documents?size=1")).get("total").asLong();
    }

    private static String created(HttpResponse<byte[]> response) {
        return ArchiveClient.parse(response.body()).get("id").asText();
    }

    private static String etag(byte[] text) {
        return "\"" + ContentDigest.sha256Hex(text) + "\"";
    }

    private static String textOf(String id) {
        return "/api/v1/documents/" + id + "/text";
    }

    /** An imported file's document id: the first 16 hex of its bytes' SHA-256. */
    private static String importId(byte[] text) {
        return ContentDigest.sha256Hex(text).substring(0, 16);
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private List<byte[]> writeImportFolder(Path folder) throws IOException {
        List<byte[]> texts = new ArrayList<>();
        for (int i = 0; i < IMPORT_FILES; i++) {
            byte[] text = Texts.utf8(Texts.unique("Imported file " + i + ", " + random.nextLong()));
            Files.write(folder.resolve(String.format(Locale.ROOT, "import-%03d.txt", i)), text);
            texts.add(text);
        }
        return texts;
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work, "two-nodes-client");
        thread.start();
        return thread;
    }

    private static void execute(String databaseName, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + databaseName, DATABASE_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
