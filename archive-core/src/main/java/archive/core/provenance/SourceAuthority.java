package archive.core.provenance;

import java.net.URI;
import java.util.Locale;

/**
 * Recognizes defense.gov / .mil originals: by the archive's URL when known, else by the credit line
 * defense.gov syndication puts under its own articles.
 */
final class SourceAuthority {

    private SourceAuthority() {
    }

    static boolean isAuthoritative(Document document, Credits credits) {
        if (document.url() != null) {
            return isDefenseHost(document.url());
        }
        return credits.defenseArticleTitle() != null && credits.foundOnUrls().stream().anyMatch(SourceAuthority::isDefenseHost);
    }

    static boolean isDefenseHost(String url) {
        String host = host(url);
        return host.equals("defense.gov") || host.endsWith(".defense.gov") || host.endsWith(".mil");
    }

    static String host(String url) {
        try {
            String withScheme = url.contains("://") ? url : "https://" + url;
            String host = URI.create(withScheme.trim()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
