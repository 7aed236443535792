package archive.core.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.config.ArchiveConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tests run without ARCHIVE_SEEDS_DIR, as an installed archive does: the seeds come from the application. */
@QuarkusTest
class BundledSeedsTest {

    private static final Path SEEDS_FOLDER = Path.of("../seeds");

    @Inject
    ArchiveConfig config;

    @Test
    void theApplicationBundlesTheSeedsFolderByteForByte() throws IOException {
        List<String> names = seedFileNames();
        assertEquals(5, names.size());
        assertEquals(names, new String(bundled(SeedImport.BUNDLED_INDEX), StandardCharsets.UTF_8).lines().toList());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(SEEDS_FOLDER.resolve(name)), bundled(SeedImport.BUNDLED + name), name);
        }
    }

    @Test
    void withNoSeedFolderConfiguredTheBundledSeedsAreArchived() throws IOException {
        assertTrue(config.seeds().dir().isEmpty());
        for (String name : seedFileNames()) {
            String id = name.substring(4, 20);
            byte[] archived = given().get("/api/v1/documents/{id}/versions/1/text", id)
                    .then().statusCode(200).extract().asByteArray();
            assertArrayEquals(Files.readAllBytes(SEEDS_FOLDER.resolve(name)), archived, name);
        }
    }

    private static List<String> seedFileNames() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS_FOLDER)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bundled(String resource) throws IOException {
        try (InputStream in = SeedImport.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }
}
