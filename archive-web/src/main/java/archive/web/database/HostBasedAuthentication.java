package archive.web.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * The cluster's pg_hba.conf as initdb wrote it. Archives before the password existed ran initdb with
 * {@code -A trust}, which lets every local process connect as superuser; those rules are rewritten to ask for the
 * password ({@code scram-sha-256}).
 */
final class HostBasedAuthentication {

    /** The method {@code trust} on a rule line; initdb's rules name no database or role "trust". */
    private static final Pattern TRUST_RULE = Pattern.compile("(?m)^(\\s*[^#\\s][^#\\n]*\\s)trust(?=\\s|$)");
    private static final String PASSWORD_METHOD = "scram-sha-256";

    private HostBasedAuthentication() {
    }

    static boolean trustsAnyone(Path hbaFile) throws IOException {
        return TRUST_RULE.matcher(Files.readString(hbaFile)).find();
    }

    /** Replaces the file at once (never half-written) and hands it to the server's identity, which must read it. */
    static void requirePassword(Path hbaFile, ServerIdentity identity) throws IOException {
        String rewritten = TRUST_RULE.matcher(Files.readString(hbaFile)).replaceAll("$1" + PASSWORD_METHOD);
        Path staging = Files.createTempFile(hbaFile.getParent(), "pg_hba.conf", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(rewritten.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            identity.takeOwnership(staging);
            Files.move(staging, hbaFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
    }
}
