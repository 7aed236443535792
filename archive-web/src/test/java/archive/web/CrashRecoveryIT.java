package archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Bucket;
import archive.api.support.S3Server;
import archive.core.storage.ContentDigest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kills the packaged archive with SIGKILL at random moments while several clients upload documents and new
 * versions (and once during a bulk folder import), restarts it, and checks after every restart that each upload
 * acknowledged before the kill is there byte for byte, that nothing unacknowledged is half there, and in the end
 * that the fixity audit passes. The moments come from a seeded Random: the kill falls after a random number of
 * acknowledgements, while other uploads are at whatever stage they happen to be.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

    private static final long SEED = Long.getLong("archive.crash.seed", 20261123L);
    private static final int KILLS = Integer.getInteger("archive.crash.kills", 14);
    private static final int S3_KILLS = Integer.getInteger("archive.crash.s3-kills", 4);
    private static final int UPLOADERS = 4;
    /** Five of the import's batches: the kill falls once the first quarter is archived, with batches still to go. */
    private static final int IMPORT_FILES = 1000;

    /** An upload the server answered with 2xx: these bytes must be this version of this document forever. */
    private record Acknowledged(String documentId, int version, byte[] text) {
    }

    private final Random random = new Random(SEED);
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Set<String> verifiedVersions = new HashSet<>();
    private final List<String> lost = new ArrayList<>();
    /** What went wrong in a client thread while the server was not being killed. */
    private final ConcurrentLinkedQueue<String> clientFailures = new ConcurrentLinkedQueue<>();

    /** Counts the OCFL objects of the store under test: each object root holds its declaration file. */
    private interface StoreObjects {
        long count(Path dataDir) throws IOException;
    }

    @Test
    void survivesKillsDuringConcurrentUploadsAndABulkImport() throws Exception {
        survivesKills("file system", KILLS, Map.of(), CrashRecoveryIT::objectsOnDisk);
    }

    /**
     * The same with the OCFL store in a bucket of s3proxy, run in this JVM: versions commit by the PUT of their root
     * inventory, and the repair works through S3 requests. Fewer kills by default: each start costs the same.
     */
    @Test
    void survivesKillsWithTheStoreOnS3() throws Exception {
        S3Server s3 = new S3Server();
        Map<String, String> settings = ArchiveProcess.environment(s3.start());
        try (Bucket bucket = new Bucket()) {
            survivesKills("S3", S3_KILLS, settings, dataDir -> bucket.keys(S3Server.PREFIX + "/").stream()
                    .filter(key -> key.endsWith("/0=ocfl_object_1.1")).count());
        } finally {
            s3.stop();
        }
    }

    private void survivesKills(String storage, int kills, Map<String, String> storeSettings,
            StoreObjects storeObjects) throws Exception {
        Path work = Files.createTempDirectory("archive-crash-it");
        Path dataDir = work.resolve("data");
        Path importFolder = Files.createDirectories(work.resolve("imports/batch"));
        Map<String, String> settings = new HashMap<>(storeSettings);
        settings.put("ARCHIVE_SEEDS_DIR", work.resolve("no-seeds").toString());
        settings.put("ARCHIVE_IMPORTS_ROOT", work.resolve("imports").toString());
        List<byte[]> importTexts = writeImportFolder(importFolder);
        int importKill = 1 + random.nextInt(kills - 1);
        long started = System.nanoTime();
        long restarting = 0;
        ArchiveProcess archive = null;
        try {
            for (int kill = 0; kill < kills; kill++) {
                long restart = System.nanoTime();
                archive = ArchiveProcess.start(dataDir, settings);
                restarting += kill == 0 ? 0 : System.nanoTime() - restart;
                ArchiveClient client = new ArchiveClient(archive);
                checkAfterRestart(client, storeObjects.count(dataDir));
                runUntilKilled(archive, client, kill == importKill ? importTexts : List.of());
            }
            archive = ArchiveProcess.start(dataDir, settings);
            ArchiveClient client = new ArchiveClient(archive);
            checkAfterRestart(client, storeObjects.count(dataDir));
            verifiedVersions.clear();
            checkAcknowledged(client); // once more, everything, after the last restart

            JsonNode reimport = client.json(client.post("/api/v1/imports", "{\"folder\":\"batch\"}"));
            assertEquals(IMPORT_FILES, reimport.get("imported").asInt() + reimport.get("duplicates").asInt(),
                    "the interrupted import completes when run again: " + reimport);
            assertEquals(0, reimport.get("rejected").asInt());
            checkAfterRestart(client, storeObjects.count(dataDir));

            JsonNode audit = client.json(client.post("/api/v1/audits/fixity", "{}"));
            long documents = catalogCount(client);
            String log = Files.readString(work.resolve("archive.log"));
            System.out.printf("crash test (%s, seed %d): kills survived %d (one during a bulk import of %d files), "
                    + "uploads acknowledged %d, uploads lost %d%n", storage, SEED, kills, IMPORT_FILES,
                    acknowledged.size(), lost.size());
            System.out.printf("crash test: %d documents after the last restart; restarts reconciled %d version(s) "
                    + "and repaired %d interrupted OCFL write(s); fixity audit %d checked, %d failed; restart %.1f s "
                    + "on average, %d s in all%n", documents, occurrences(log, ") from the OCFL store"),
                    occurrences(log, "repaired OCFL object"), audit.get("checked").asInt(), audit.get("failed").size(),
                    restarting / 1e9 / kills, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            assertEquals(List.of(), lost, "acknowledged uploads must survive every crash");
            assertEquals(documents, audit.get("checked").asLong());
            assertEquals(0, audit.get("failed").size(), "fixity audit: " + audit.get("failed"));
            archive.stop();
        } finally {
            if (archive != null && archive.isAlive()) {
                archive.kill();
            }
            ArchiveProcess.stopLeftoverDatabase(dataDir);
        }
        ArchiveProcess.deleteWorkDirectory(work);
    }

    /**
     * Uploaders (and the import, if given) run until a random number of uploads are acknowledged — or, during the
     * import, until it is partway through — then the server is killed under them.
     */
    private void runUntilKilled(ArchiveProcess archive, ArchiveClient client, List<byte[]> importTexts)
            throws InterruptedException {
        int acknowledgements = 3 + random.nextInt(40);
        CountDownLatch enoughAcknowledged = new CountDownLatch(acknowledgements);
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < UPLOADERS; i++) {
            clients.add(start("uploader-" + i,
                    new Uploader(client, new Random(random.nextLong()), killed, enoughAcknowledged)));
        }
        AtomicBoolean importAnswered = new AtomicBoolean();
        if (importTexts.isEmpty()) {
            assertTrue(enoughAcknowledged.await(5, TimeUnit.MINUTES), "uploads were acknowledged");
        } else {
            clients.add(start("importer", () -> {
                try {
                    client.send(client.post("/api/v1/imports", "{\"folder\":\"batch\"}"));
                    importAnswered.set(true);
                } catch (IOException expected) {
                    // the kill cut the import off
                }
            }));
            awaitImportProgress(client, importTexts.get(1 + random.nextInt(IMPORT_FILES / 4)));
        }
        killed.set(true);
        archive.kill();
        for (Thread thread : clients) {
            thread.join();
        }
        assertTrue(!importAnswered.get(), "the kill fell during the import, before it answered");
        assertEquals(List.of(), List.copyOf(clientFailures));
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    /** Polls until the import has archived this file (files are imported in name order). */
    private static void awaitImportProgress(ArchiveClient client, byte[] text) {
        String id = ContentDigest.sha256Hex(text).substring(0, 16);
        while (client.status("/api/v1/documents/" + id) != 200) {
            Thread.onSpinWait();
        }
    }

    /** One client: new documents, and now and then a new version of one of its own. */
    private final class Uploader implements Runnable {
        private final ArchiveClient client;
        private final Random random;
        private final AtomicBoolean killed;
        private final CountDownLatch acknowledgements;
        private final List<String> mine = new ArrayList<>();

        Uploader(ArchiveClient client, Random random, AtomicBoolean killed, CountDownLatch acknowledgements) {
            this.client = client;
            this.random = random;
            this.killed = killed;
            this.acknowledgements = acknowledgements;
        }

        @Override
        public void run() {
            while (!killed.get()) {
                byte[] text = randomText(random);
                boolean newVersion = !mine.isEmpty() && random.nextInt(4) == 0;
                try {
                    HttpResponse<byte[]> response = client.send(newVersion
                            ? client.newVersion(mine.get(random.nextInt(mine.size())), text)
                            : client.upload(text, "upload-" + random.nextInt(1000) + ".txt"));
                    if (response.statusCode() / 100 != 2) {
                        clientFailures.add("upload answered " + response.statusCode() + ": "
                                + new String(response.body(), StandardCharsets.UTF_8));
                        return;
                    }
                    JsonNode document = ArchiveClient.parse(response.body());
                    String id = document.get("id").asText();
                    acknowledged.add(new Acknowledged(id, document.get("currentVersion").asInt(), text));
                    if (!newVersion) {
                        mine.add(id);
                    }
                    acknowledgements.countDown();
                } catch (IOException e) {
                    if (!killed.get()) {
                        clientFailures.add("the server failed while it was not being killed: " + e);
                        return;
                    }
                }
            }
        }
    }

    /**
     * After a restart: no write intent is left (reconciliation ran), the store holds exactly the catalog's documents,
     * every acknowledged upload is there byte for byte, and every catalog version is readable and matches its SHA-256.
     */
    private void checkAfterRestart(ArchiveClient client, long storeObjects) {
        awaitNoUnfinishedWrite(client);
        long catalog = catalogCount(client);
        assertEquals(storeObjects, catalog, "store objects == catalog documents");
        checkAcknowledged(client);
        for (int page = 1; (page - 1) * 100L < catalog; page++) {
            for (JsonNode summary : client.json(client.get("/api/v1/documents?size=100&page=" + page)).get("items")) {
                String id = summary.get("id").asText();
                if (verifiedVersions.contains(id + "/" + summary.get("currentVersion").asInt())) {
                    continue;
                }
                for (JsonNode version : client.json(client.get("/api/v1/documents/" + id)).get("versions")) {
                    String key = id + "/" + version.get("number").asInt();
                    byte[] text = client.bytes("/api/v1/documents/" + key.replace("/", "/versions/") + "/text");
                    assertEquals(version.get("sha256").asText(), ContentDigest.sha256Hex(text), key);
                    verifiedVersions.add(key);
                }
            }
        }
    }

    /**
     * Polls the metric until no write intent is left: reconciliation at start ended every one, and the writes since
     * ended theirs (the gauge is read every 10 s, so it may lag behind the last write).
     */
    private static void awaitNoUnfinishedWrite(ArchiveClient client) {
        Pattern none = Pattern.compile("^archive_writes_unfinished 0\\.0$", Pattern.MULTILINE);
        while (!none.matcher(new String(client.bytes("/q/metrics"), StandardCharsets.UTF_8)).find()) {
            Thread.onSpinWait();
        }
    }

    private void checkAcknowledged(ArchiveClient client) {
        for (Acknowledged upload : acknowledged) {
            String key = upload.documentId() + "/" + upload.version();
            if (verifiedVersions.contains(key)) {
                continue;
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(client.get("/api/v1/documents/" + upload.documentId() + "/versions/"
                        + upload.version() + "/text"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (response.statusCode() != 200 || !Arrays.equals(upload.text(), response.body())) {
                lost.add(key + " (answered " + response.statusCode() + ")");
            } else {
                verifiedVersions.add(key);
            }
        }
    }

    private static int occurrences(String log, String phrase) {
        return log.split(Pattern.quote(phrase), -1).length - 1;
    }

    private static long catalogCount(ArchiveClient client) {
        return client.json(client.get("/api/v1/documents?size=1")).get("total").asLong();
    }

    /** OCFL objects on disk (the store is created on first use). */
    private static long objectsOnDisk(Path dataDir) throws IOException {
        if (!Files.exists(dataDir.resolve("ocfl"))) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dataDir.resolve("ocfl"))) {
            return files.filter(p -> p.getFileName().toString().equals("0=ocfl_object_1.1")).count();
        }
    }

    private List<byte[]> writeImportFolder(Path folder) throws IOException {
        List<byte[]> texts = new ArrayList<>();
        for (int i = 0; i < IMPORT_FILES; i++) {
            byte[] text = randomText(random);
            Files.write(folder.resolve(String.format("import-%03d.txt", i)), text);
            texts.add(text);
        }
        return texts;
    }

    /** Unique text of a few hundred bytes to a few tens of kilobytes, with multi-byte characters. */
    private static byte[] randomText(Random random) {
        StringBuilder text = new StringBuilder("Crash test document ").append(random.nextLong()).append('\n');
        int lines = 1 + random.nextInt(400);
        for (int i = 0; i < lines; i++) {
            text.append("Line ").append(i).append(": “quoted” — ").append(Long.toHexString(random.nextLong()))
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
