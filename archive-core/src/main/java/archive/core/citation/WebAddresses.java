package archive.core.citation;

import java.net.URI;

/**
 * Checks the addresses that end up in citations.
 * Only absolute http(s) URIs are accepted: citeproc-java writes a URL into an HTML
 * {@code href} without escaping it, and a parsed {@link URI} can hold no quote,
 * space or angle bracket that would break out of that attribute.
 */
final class WebAddresses {

    private WebAddresses() {
    }

    static URI requireHttp(URI uri, String what) {
        if (uri == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URI: " + uri);
        }
        return uri;
    }

    static URI requireHttpOrNull(URI uri, String what) {
        return uri == null ? null : requireHttp(uri, what);
    }
}
