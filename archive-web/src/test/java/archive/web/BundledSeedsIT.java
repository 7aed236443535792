package archive.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged application, started from {@code java.io.tmpdir} with no seed folder configured, archives the five
 * seeds it bundles; given ARCHIVE_SEEDS_DIR, it imports that folder's seeds instead.
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class BundledSeedsIT {

    private static final Path SEEDS_FOLDER = Path.of("../seeds").toAbsolutePath();
    private static final String FOLDER_SEED = "005_00000000000000a5.txt";

    @Test
    void startedFromAnotherFolderTheArchiveHoldsTheBundledSeedsAndStillTakesASeedFolder() throws Exception {
        Path work = Files.createTempDirectory("archive-seeds-it");
        Path dataDir = work.resolve("data");
        try {
            ArchiveProcess archive = ArchiveProcess.start(dataDir, Map.of());
            try {
                ArchiveClient client = new ArchiveClient(archive);
                assertEquals(seedIds(), listedIds(client));
                for (String name : seedFileNames()) {
                    assertArrayEquals(Files.readAllBytes(SEEDS_FOLDER.resolve(name)),
                            client.bytes("/api/v1/documents/" + id(name) + "/versions/1/text"), name);
                }
            } finally {
                archive.stop();
            }

            Path folder = Files.createDirectories(work.resolve("more-seeds"));
            byte[] text = "A seed from a folder of the operator's choice.\n".getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(FOLDER_SEED), text);
            archive = ArchiveProcess.start(dataDir, Map.of("ARCHIVE_SEEDS_DIR", folder.toString()));
            try {
                ArchiveClient client = new ArchiveClient(archive);
                List<String> expected = Stream.concat(seedIds().stream(), Stream.of(id(FOLDER_SEED))).sorted()
                        .toList();
                assertEquals(expected, listedIds(client));
                assertArrayEquals(text, client.bytes("/api/v1/documents/" + id(FOLDER_SEED) + "/text"));
            } finally {
                archive.stop();
            }
        } finally {
            ArchiveProcess.stopLeftoverDatabase(dataDir);
            ArchiveProcess.deleteWorkDirectory(work);
        }
    }

    private static List<String> listedIds(ArchiveClient client) {
        JsonNode page = client.json(client.get("/api/v1/documents?size=100"));
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("id").asText())
                .sorted().toList();
    }

    private static List<String> seedIds() throws Exception {
        return seedFileNames().stream().map(BundledSeedsIT::id).sorted().toList();
    }

    private static List<String> seedFileNames() throws Exception {
        try (Stream<Path> files = Files.list(SEEDS_FOLDER)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String id(String seedFileName) {
        return seedFileName.substring(4, 20);
    }
}
