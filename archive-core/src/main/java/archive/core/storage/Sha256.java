package archive.core.storage;

import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest, the archive's checksum of record, as 64 lowercase hex characters. Where a digest crosses from
 * the API or the pages into the core (content-addressed retrieval, citations) it is of this type, checked once here.
 */
public record Sha256(String hex) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (!isValid(hex)) {
            throw new InvalidSha256Exception(hex);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORM.matcher(candidate).matches();
    }

    /** The RFC 9530 {@code Repr-Digest}/{@code Content-Digest} form: base64 of the raw digest. */
    public String base64() {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    @Override
    public String toString() {
        return hex;
    }
}
