package archive.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

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
            String key = Files.exists(file) ? Files.readString(file).strip() : create(file);
            System.setProperty(PROPERTY, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key " + file, e);
        }
    }

    private static String create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String key = Base64.getEncoder().encodeToString(bytes);
        Files.createDirectories(file.getParent());
        Path staging = Files.createTempFile(file.getParent(), "session.key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(staging, key);
        Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
