package archive.core.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Names of publishers whose originals the archive collects, looked up by URL host. */
final class KnownPublishers {

    /** Host (or parent domain) to publisher name; subdomains such as media.defense.gov match too. */
    private static final Map<String, String> BY_DOMAIN = Map.of("defense.gov", "U.S. Department of Defense");

    private KnownPublishers() {
    }

    static Optional<String> nameFor(String url) {
        return host(url).flatMap(host -> BY_DOMAIN.entrySet().stream()
                .filter(entry -> host.equals(entry.getKey()) || host.endsWith("." + entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst());
    }

    /** The lower-cased host without a leading "www.". */
    static Optional<String> host(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return Optional.empty();
        }
        int start = schemeEnd + 3;
        int end = start;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(start, end).toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }
}
