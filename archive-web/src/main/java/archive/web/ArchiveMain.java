package archive.web;

import archive.web.database.EmbeddedPostgres;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the archive, or with {@value RebuildCatalogCommand#NAME} rebuilds its catalog from the OCFL store and exits.
 * With no database configured it first starts the embedded PostgreSQL under the data directory, so a fresh machine
 * needs nothing but Java.
 */
@QuarkusMain
public final class ArchiveMain {

    private ArchiveMain() {
    }

    public static void main(String... args) {
        boolean rebuild = args.length == 1 && args[0].equals(RebuildCatalogCommand.NAME);
        if (args.length > 0 && !rebuild) {
            System.err.println("usage: java -jar quarkus-run.jar [" + RebuildCatalogCommand.NAME + "]");
            System.exit(2);
        }
        if (rebuild) {
            System.setProperty("quarkus.http.host-enabled", "false"); // a command, not a second server
        }
        Path dataDir = Path.of(setting("archive.data-dir").orElse("data"));
        SessionKey.ensure(dataDir);
        if (setting("quarkus.datasource.jdbc.url").isPresent()) {
            run(rebuild, args);
            return;
        }
        try (EmbeddedPostgres database = EmbeddedPostgres.start(dataDir)) {
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
            run(rebuild, args);
        }
    }

    private static void run(boolean rebuild, String... args) {
        if (rebuild) {
            Quarkus.run(RebuildCatalogCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }

    /** A setting as Quarkus would read it before its configuration exists: system property, then environment. */
    static Optional<String> setting(String key) {
        String env = key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        return Optional.ofNullable(System.getProperty(key)).or(() -> Optional.ofNullable(System.getenv(env)))
                .filter(value -> !value.isBlank());
    }
}
