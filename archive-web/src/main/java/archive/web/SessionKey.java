package archive.web;

import archive.web.secrets.OwnerOnlySecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The key that encrypts login-session cookies. Configured, or else generated once and kept (readable by the owner
 * only) in the data directory, so sessions survive a restart and Quarkus never invents and logs a temporary one.
 */
final class SessionKey {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private SessionKey() {
    }

    static void ensure(Path dataDir) {
        if (ArchiveMain.setting(PROPERTY).isPresent()) {
            return;
        }
        Path file = dataDir.resolve("session.key");
        try {
            System.setProperty(PROPERTY, OwnerOnlySecret.readOrCreate(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key " + file, e);
        }
    }
}
