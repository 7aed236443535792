package archive.web.secrets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret the archive keeps for itself in a file that only its owner can read (rw-------): created once with
 * 256 random bits, then read on every start. The file appears complete or not at all, also when two processes create
 * it at once (both end up with the one that was linked first) or the machine loses power right after.
 */
public final class OwnerOnlySecret {

    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlySecret() {
    }

    /** The secret in {@code file}, which is created (with its parent folders) if it does not exist. */
    public static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        Path staging = Files.createTempFile(folder, file.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            String secret = generate();
            try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(secret.getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            // A hard link, unlike a rename, never replaces a file another process created meanwhile.
            Files.createLink(file, staging);
            syncFolder(folder);
            return secret;
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return Files.readString(file).strip();
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Makes the new directory entry durable: a secret that is used must not vanish with a power loss. */
    private static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
