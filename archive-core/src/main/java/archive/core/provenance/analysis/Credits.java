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
 */
public record Credits(List<String> foundOnUrls, String defenseArticleTitle, boolean creditsDefense) {

    private static final int LABEL_LENGTH = 10;

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
        for (TextSpan line : SentenceSplitter.lines(folded)) {
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
        return new Credits(List.copyOf(urls), defenseTitle, creditsDefense);
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
