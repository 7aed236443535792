package archive.core.provenance.analysis;

import archive.core.provenance.scoring.Credit;
import archive.core.text.DefenseAddresses;
import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * What a text says about where it came from, read once per document.
 *
 * @param foundOnUrls           URLs of "originally found on" lines
 * @param defenseArticleTitle   title in a defense.gov syndication credit line, lowercase, or null
 * @param creditsDefense        credits the Department of Defense (sources line, statement, defense.gov URL)
 * @param reprintedFrom         publications other than the department's that the text says it was taken from
 *                              ("via …", "reprinted from …", a byline naming another publication), as written
 */
public record Credits(List<String> foundOnUrls, String defenseArticleTitle, boolean creditsDefense,
                      List<String> reprintedFrom) {

    private static final int LABEL_LENGTH = 10;
    /** A byline sits under the headline, in the first lines of a page. */
    private static final int BYLINE_LINES = 12;

    static Credits of(String folded) {
        List<String> urls = new ArrayList<>();
        boolean creditsDefense = false;
        String defenseTitle = null;
        // Case-insensitive patterns scan slowly; most texts fail these plain pre-checks.
        if (folded.contains("riginally") || folded.contains("RIGINALLY")) {
            Matcher found = CreditLines.ORIGINALLY_FOUND.matcher(folded);
            while (found.find()) {
                urls.add(found.group(1));
                creditsDefense |= DefenseAddresses.isDefenseHost(found.group(1));
            }
            Matcher title = CreditLines.DEFENSE_ARTICLE_CREDIT.matcher(folded);
            defenseTitle = title.find() ? title.group(1).trim().toLowerCase(Locale.ROOT) : null;
        }
        List<String> reprintedFrom = new ArrayList<>();
        if (folded.contains("via ") || folded.contains("VIA ") || folded.contains("printed ")
                || folded.contains("published ") || folded.contains("ourtesy of")) {
            Matcher reprint = CreditLines.REPRINTED_FROM.matcher(folded);
            while (reprint.find()) {
                addPublication(reprintedFrom, reprint.group(1) != null ? reprint.group(1) : reprint.group(2));
            }
        }
        List<TextSpan> lines = SentenceSplitter.lines(folded);
        for (TextSpan line : lines.subList(0, Math.min(BYLINE_LINES, lines.size()))) {
            Matcher byline = CreditLines.BYLINE_PUBLICATION.matcher(folded.substring(line.start(), line.end()));
            if (byline.find()) {
                addPublication(reprintedFrom, byline.group(1));
            }
        }
        for (TextSpan line : lines) {
            if (!startsWithLabel(folded, line)) {
                continue;
            }
            Matcher sources = CreditLines.SOURCES_LINE.matcher(folded.substring(line.start(), line.end()));
            creditsDefense |= sources.find() && CreditLines.DEFENSE_ORGANIZATION.matcher(sources.group(1)).find();
        }
        if (folded.contains("ccording to") || folded.contains("CCORDING TO")) {
            Matcher statement = CreditLines.ACCORDING_TO_STATEMENT.matcher(folded);
            while (statement.find()) {
                creditsDefense |= CreditLines.DEFENSE_ORGANIZATION.matcher(statement.group(1)).find();
            }
        }
        return new Credits(List.copyOf(urls), defenseTitle, creditsDefense, List.copyOf(reprintedFrom));
    }

    /** The department's own outlets ("DoD News") are where its pages come from, not a publication they reprint. */
    private static void addPublication(List<String> publications, String name) {
        String trimmed = name.trim();
        if (!CreditLines.DEFENSE_ORGANIZATION.matcher(trimmed).find() && !publications.contains(trimmed)) {
            publications.add(trimmed);
        }
    }

    /** "Sources:", "Credit:", "Via:" — a colon within the first few chars of the line. */
    private static boolean startsWithLabel(String text, TextSpan line) {
        for (int i = line.start(); i < Math.min(line.end(), line.start() + LABEL_LENGTH); i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }
}
