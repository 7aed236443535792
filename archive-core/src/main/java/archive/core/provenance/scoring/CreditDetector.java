package archive.core.provenance.scoring;

import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.Credits;
import archive.core.text.DefenseAddresses;
import archive.core.text.PageAddresses;

/** Decides what the credits of a derived text say about one candidate source. */
public final class CreditDetector {

    private CreditDetector() {
    }

    /**
     * An authoritative original's own credit line names itself, not a source, so originals credit nothing unless
     * they say they reprint another publication (a DoD page's "In the News" item "via The Dayton Daily News").
     */
    static Credit credit(AnalyzedDocument derived, AnalyzedDocument source) {
        if (reprints(derived, source)) {
            return Credit.EXACT;
        }
        if (derived.authoritative()) {
            return Credit.NONE;
        }
        if (namesSource(derived, source)) {
            return Credit.EXACT;
        }
        return source.authoritative() && derived.credits().creditsDefense() ? Credit.ORGANIZATION : Credit.NONE;
    }

    /**
     * The derived text says it was taken from the publication on whose site the source is: a page of the same site
     * names its own publication, not a source.
     */
    static boolean reprints(AnalyzedDocument derived, AnalyzedDocument source) {
        String sourceUrl = source.document().url();
        String derivedUrl = derived.document().url();
        if (sourceUrl == null || derived.credits().reprintedFrom().isEmpty()
                || derivedUrl != null && DefenseAddresses.host(derivedUrl).equals(DefenseAddresses.host(sourceUrl))) {
            return false;
        }
        return derived.credits().reprintedFrom().stream().anyMatch(name -> PageAddresses.onSiteOf(sourceUrl, name));
    }

    /** The derived text's credit line or the catalog's credited address names the source's address or title. */
    private static boolean namesSource(AnalyzedDocument derived, AnalyzedDocument source) {
        String sourceUrl = source.document().url();
        if (sourceUrl != null && (PageAddresses.samePage(derived.document().creditedUrl(), sourceUrl)
                || derived.credits().foundOnUrls().stream().anyMatch(u -> PageAddresses.samePage(u, sourceUrl)))) {
            return true;
        }
        String sourceTitle = source.credits().defenseArticleTitle();
        return sourceTitle != null && sourceTitle.equals(derived.credits().defenseArticleTitle());
    }
}
