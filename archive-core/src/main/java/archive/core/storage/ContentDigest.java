package archive.core.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 (our checksum of record) and SHA-512 (OCFL's inventory digest) of one byte sequence. */
public record ContentDigest(String sha256, String sha512) {

    private static final HexFormat HEX = HexFormat.of();

    public static ContentDigest of(byte[] bytes) {
        return new ContentDigest(sha256Hex(bytes), HEX.formatHex(digest("SHA-512", bytes)));
    }

    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(digest("SHA-256", bytes));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by every Java platform", e);
        }
    }
}
