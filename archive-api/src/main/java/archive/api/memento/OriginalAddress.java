package archive.api.memento;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The original address a by-URL look-up names: the rest of the request target after its prefix, taken raw so that
 * its {@code ://}, slashes and query survive (a decoded, normalised path would lose them).
 *
 * HTTP clients and proxies often merge the two slashes after the scheme ({@code https:/host/…}), so, as web archives
 * do, one slash there is read as two.
 *
 * @param raw     as the client wrote it, for the addresses of this look-up's TimeGate and TimeMap
 * @param address the address itself; a client that percent-encoded all of it ({@code https%3A%2F%2F…}) is decoded
 */
record OriginalAddress(String raw, String address) {

    private static final Pattern MERGED_SLASHES = Pattern.compile("^(https?):/(?!/)", Pattern.CASE_INSENSITIVE);

    static OriginalAddress after(String prefix, String requestTarget) {
        String rest = requestTarget.startsWith(prefix) ? requestTarget.substring(prefix.length()) : requestTarget;
        String raw = MERGED_SLASHES.matcher(rest).replaceFirst("$1://");
        return new OriginalAddress(raw, decodedIfEncoded(raw));
    }

    private static String decodedIfEncoded(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http%3a") && !lower.startsWith("https%3a")) {
            return raw;
        }
        try {
            // URLDecoder would read '+' as a space, which in a path it is not.
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw; // a broken escape names no archived address, so the look-up reports it as unknown
        }
    }
}
