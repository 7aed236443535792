package archive.core.text;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an address says about the Department of Defense: whether it is one of its sites, and a media path's date. */
public final class DefenseAddresses {

    /** defense.gov's media server files images under the day they were uploaded for a story: /2024/Jul/22/. */
    private static final Pattern MEDIA_PATH_DATE = Pattern.compile(
            "(?i)media\\.defense\\.gov/(\\d{4})/([A-Za-z]{3,9})/(\\d{1,2})/");

    /**
     * The department's own publishers: defense.gov and war.gov (its name since 2025) with their subdomains, DVIDS
     * (dvidshub.net, the department's distribution service for the services' stories) and the .mil sites of the
     * services and commands.
     */
    private static final List<String> DEFENSE_DOMAINS = List.of("defense.gov", "war.gov", "dvidshub.net");
    /** Hosts that serve defense.gov's own pages under its paths (the site's earlier name, kept as an alias). */
    private static final List<String> DEFENSE_GOV_ALIASES = List.of("dod.defense.gov", "www.defense.gov");

    private DefenseAddresses() {
    }

    /** One of the department's own sites ({@link #DEFENSE_DOMAINS}, or any .mil host). */
    public static boolean isDefenseHost(String url) {
        String host = host(url);
        return host.endsWith(".mil")
                || DEFENSE_DOMAINS.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }

    /** The lower-cased host of an address (a scheme is assumed when missing), or "" when it has none. */
    public static String host(String url) {
        try {
            String withScheme = url.contains("://") ? url : "https://" + url;
            String host = URI.create(withScheme.trim()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    /** The host under which the department publishes a page that several of its hosts serve: defense.gov's aliases. */
    static String canonicalHost(String host) {
        return DEFENSE_GOV_ALIASES.contains(host) ? "defense.gov" : host;
    }

    /** The upload day in the first media.defense.gov path of a text, if it names a real day. */
    public static Optional<LocalDate> mediaPathDate(String text) {
        Matcher media = MEDIA_PATH_DATE.matcher(text);
        if (!media.find()) {
            return Optional.empty();
        }
        return Months.number(media.group(2)).stream().boxed().findFirst().flatMap(month -> {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(media.group(1)), month,
                        Integer.parseInt(media.group(3))));
            } catch (DateTimeException notADay) {
                return Optional.empty();
            }
        });
    }
}
