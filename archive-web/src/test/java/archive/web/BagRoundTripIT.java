package archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A collection moved from one archive to another as one bag: the packaged application runs twice, each time with a
 * data directory and an embedded PostgreSQL of its own. The first (the seeds and new documents with several
 * versions) exports everything with POST /api/v1/bags {}; the second, empty, imports that zip and then holds the same
 * documents under the same ids (the seeds' ids are not their bytes' SHA-256, so they come from the bag) with the same
 * versions in the same order, byte for byte, under the same file names.
 */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class BagRoundTripIT {

    @Test
    void aCollectionExportedAsOneBagIsTheSameCollectionInTheArchiveThatImportsIt() throws Exception {
        Path work = Files.createTempDirectory("archive-bag-round-trip-it");
        Path source = work.resolve("source");
        Path target = work.resolve("target");
        try {
            Map<String, List<Version>> exported;
            byte[] bag;
            ArchiveProcess first = ArchiveProcess.start(source, Map.of("ARCHIVE_SEEDS_DIR",
                    Path.of("../seeds").toAbsolutePath().toString()));
            try {
                ArchiveClient client = new ArchiveClient(first);
                for (int i = 0; i < 3; i++) {
                    String id = ArchiveClient.parse(client.sendExpecting(client.upload(utf8("Moved document " + i
                            + "\n"), "moved-" + i + ".txt"), 201).body()).get("id").asText();
                    for (int version = 2; version <= i + 1; version++) {
                        client.sendExpecting(client.newVersion(id, utf8("Version " + version + " of moved document "
                                + i + "\n")), 201);
                    }
                }
                bag = client.sendExpecting(client.post("/api/v1/bags", "{}"), 200).body();
                exported = collection(client);
            } finally {
                first.stop();
            }
            int versions = exported.values().stream().mapToInt(List::size).sum();
            assertEquals(8, exported.size(), "five seeds and three new documents");

            ArchiveProcess second = ArchiveProcess.start(target, Map.of("ARCHIVE_SEEDS_DIR",
                    work.resolve("no-seeds").toString()));
            try {
                ArchiveClient client = new ArchiveClient(second);
                assertEquals(Map.of(), collection(client), "the second archive starts empty");
                JsonNode report = client.json(client.post("/api/v1/imports", "application/zip", bag));
                System.out.printf("bag round trip: %d documents, %d versions, a zip of %d bytes; imported %d, "
                        + "duplicates %d, rejected %d%n", exported.size(), versions, bag.length,
                        report.get("imported").asInt(), report.get("duplicates").asInt(),
                        report.get("rejected").asInt());
                assertEquals(versions, report.get("imported").asInt(), report.toString());
                assertEquals(exported, collection(client));

                JsonNode again = client.json(client.post("/api/v1/imports", "application/zip", bag));
                assertEquals(0, again.get("imported").asInt());
                assertEquals(versions, again.get("duplicates").asInt());
            } finally {
                second.stop();
            }
        } finally {
            ArchiveProcess.stopLeftoverDatabase(source);
            ArchiveProcess.stopLeftoverDatabase(target);
            ArchiveProcess.deleteWorkDirectory(work);
        }
    }

    /** A version as the archive lists it, and its bytes as it serves them (Base64, so versions compare equal). */
    private record Version(int number, String sha256, String originalFileName, String text) {
    }

    /** Every document, by id, with its versions in order. */
    private static Map<String, List<Version>> collection(ArchiveClient client) {
        Map<String, List<Version>> documents = new TreeMap<>();
        for (JsonNode item : client.json(client.get("/api/v1/documents?size=100")).get("items")) {
            String id = item.get("id").asText();
            List<Version> versions = new ArrayList<>();
            for (JsonNode version : client.json(client.get("/api/v1/documents/" + id)).get("versions")) {
                int number = version.get("number").asInt();
                versions.add(new Version(number, version.get("sha256").asText(),
                        version.get("originalFileName").asText(),
                        Base64.getEncoder().encodeToString(client.bytes("/api/v1/documents/" + id + "/versions/"
                                + number + "/text"))));
            }
            documents.put(id, versions);
        }
        return documents;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
