package archive.core.provenance.scoring;

import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.Credits;
import java.util.Locale;

/** Decides what the credits of a derived text say about one candidate source. */
public final class CreditDetector {

    private CreditDetector() {
    }

    /** An authoritative original's own credit line names itself, not a source, so originals credit nothing. */
    static Credit credit(AnalyzedDocument derived, AnalyzedDocument source) {
        if (derived.authoritative()) {
            return Credit.NONE;
        }
        if (namesSource(derived, source)) {
            return Credit.EXACT;
        }
        return source.authoritative() && derived.credits().creditsDefense() ? Credit.ORGANIZATION : Credit.NONE;
    }

    /** The derived text's credit line or the catalog's credited address names the source's address or title. */
    private static boolean namesSource(AnalyzedDocument derived, AnalyzedDocument source) {
        String sourceUrl = source.document().url();
        if (sourceUrl != null) {
            String address = normalizedUrl(sourceUrl);
            String catalogCredit = derived.document().creditedUrl();
            if (catalogCredit != null && normalizedUrl(catalogCredit).equals(address)
                    || derived.credits().foundOnUrls().stream().anyMatch(u -> normalizedUrl(u).equals(address))) {
                return true;
            }
        }
        String sourceTitle = source.credits().defenseArticleTitle();
        return sourceTitle != null && sourceTitle.equals(derived.credits().defenseArticleTitle());
    }

    private static String normalizedUrl(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
