package archive.core.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Everything a deployment may change about the archive; each key is also an environment variable (ARCHIVE_…). */
@ConfigMapping(prefix = "archive")
public interface ArchiveConfig {

    /** Root of everything the archive keeps on disk: the OCFL store, its work area, the embedded database. */
    @WithDefault("data")
    Path dataDir();

    /** Largest accepted upload in bytes; larger bodies are refused with 413. */
    @WithDefault("10485760")
    long maxUploadBytes();

    /** Bytes of immutable document text kept in memory, keyed by SHA-256. */
    @WithDefault("67108864")
    long contentCacheBytes();

    /** Documents whose current version is remembered, so reading their text needs no catalog query. */
    @WithDefault("50000")
    long currentVersionCacheEntries();

    Seeds seeds();

    Imports imports();

    Admin admin();

    interface Seeds {
        /** Folder of seed documents imported (idempotently) at start; skipped when absent. */
        @WithDefault("seeds")
        Path dir();
    }

    interface Imports {
        /** Server-side folders librarians may bulk-import from must lie inside this one. */
        @WithDefault(".")
        Path root();
    }

    interface Admin {
        /** Name of the account created at start with the admin and librarian roles. */
        Optional<String> user();

        /** Its password; no account is created without one. */
        Optional<String> password();
    }
}
