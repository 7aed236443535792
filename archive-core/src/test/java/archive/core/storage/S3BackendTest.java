package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.config.ArchiveConfig;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings that cannot work are refused at start, naming what to set, before any request is sent. */
class S3BackendTest {

    record Settings(Optional<URI> endpoint, Optional<String> bucket, Optional<String> prefix, String region,
            Optional<String> accessKeyId, Optional<String> secretAccessKey, boolean pathStyleAccess)
            implements ArchiveConfig.S3 {
    }

    private static final Optional<URI> NOWHERE = Optional.of(URI.create("http://127.0.0.1:9"));

    @Test
    void needsABucket() {
        Settings settings = new Settings(NOWHERE, Optional.empty(), Optional.empty(), "us-east-1",
                Optional.of("key"), Optional.of("secret"), true);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> S3Backend.open(settings, null));
        assertTrue(refused.getMessage().contains("ARCHIVE_S3_BUCKET"), refused.getMessage());
    }

    @Test
    void needsBothHalvesOfAnAccessKey() {
        Settings settings = new Settings(NOWHERE, Optional.of("bucket"), Optional.empty(), "us-east-1",
                Optional.of("key"), Optional.empty(), true);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> S3Backend.open(settings, null));
        assertTrue(refused.getMessage().contains("ARCHIVE_S3_SECRET_ACCESS_KEY"), refused.getMessage());
    }
}
