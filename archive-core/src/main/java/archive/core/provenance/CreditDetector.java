package archive.core.provenance;

import java.util.Locale;
import java.util.regex.Matcher;

/** Reads the credits of a derived text and decides what they say about one candidate source. */
final class CreditDetector {

    private CreditDetector() {
    }

    /**
     * An authoritative original's own credit line names itself, not a source, so originals credit nothing.
     */
    static Credit credit(Document derived, boolean derivedAuthoritative, Document source, boolean sourceAuthoritative) {
        if (derivedAuthoritative) {
            return Credit.NONE;
        }
        String text = TextFolding.fold(derived.text());
        if (namesSource(text, source)) {
            return Credit.EXACT;
        }
        return sourceAuthoritative && creditsDefenseOrganization(text) ? Credit.ORGANIZATION : Credit.NONE;
    }

    private static boolean namesSource(String derivedText, Document source) {
        Matcher found = CreditLines.ORIGINALLY_FOUND.matcher(derivedText);
        while (found.find()) {
            if (source.url() != null && normalizedUrl(found.group(1)).equals(normalizedUrl(source.url()))) {
                return true;
            }
        }
        String sourceTitle = creditedTitle(TextFolding.fold(source.text()));
        String derivedTitle = creditedTitle(derivedText);
        return sourceTitle != null && sourceTitle.equals(derivedTitle);
    }

    private static boolean creditsDefenseOrganization(String text) {
        Matcher found = CreditLines.ORIGINALLY_FOUND.matcher(text);
        while (found.find()) {
            if (SourceAuthority.isDefenseHost(found.group(1))) {
                return true;
            }
        }
        for (Span line : SentenceSplitter.lines(text)) {
            Matcher sources = CreditLines.SOURCES_LINE.matcher(text.substring(line.start(), line.end()));
            if (sources.find() && CreditLines.DEFENSE_ORGANIZATION.matcher(sources.group(1)).find()) {
                return true;
            }
        }
        Matcher statement = CreditLines.ACCORDING_TO_STATEMENT.matcher(text);
        while (statement.find()) {
            if (CreditLines.DEFENSE_ORGANIZATION.matcher(statement.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String creditedTitle(String text) {
        Matcher credit = CreditLines.DEFENSE_ARTICLE_CREDIT.matcher(text);
        return credit.find() ? credit.group(1).trim().toLowerCase(Locale.ROOT) : null;
    }

    private static String normalizedUrl(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
