package archive.web.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives the Quarkus tests a fresh archive: an empty data directory and, unless QUARKUS_DATASOURCE_JDBC_URL names
 * a server, the embedded PostgreSQL the application itself would start.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final Path DATA_DIR = Path.of("target/test-data").toAbsolutePath();

    private EmbeddedPostgres database;

    @Override
    public Map<String, String> start() {
        deleteStoreKeepingDatabaseBinaries();
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of("archive.data-dir", DATA_DIR.toString());
        }
        database = EmbeddedPostgres.start(DATA_DIR);
        return Map.of(
                "archive.data-dir", DATA_DIR.toString(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }

    /** The OCFL store starts empty (Flyway cleans the catalog, write intents included, to match). */
    private static void deleteStoreKeepingDatabaseBinaries() {
        for (String child : new String[] {"ocfl", "ocfl-work"}) {
            Path path = DATA_DIR.resolve(child);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
