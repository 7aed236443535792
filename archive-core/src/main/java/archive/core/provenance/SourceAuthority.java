package archive.core.provenance;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Recognizes defense.gov / .mil originals: by the archive's URL when known, else by the credit line
 * defense.gov syndication puts under its own articles.
 */
final class SourceAuthority {

    private SourceAuthority() {
    }

    static boolean isAuthoritative(Document document) {
        if (document.url() != null) {
            return isDefenseHost(document.url());
        }
        Matcher credit = CreditLines.DEFENSE_ARTICLE_CREDIT.matcher(TextFolding.fold(document.text()));
        return credit.find() && isDefenseHost(credit.group(2));
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
