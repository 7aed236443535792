package archive.core.provenance.analysis;

import archive.core.text.DefenseAddresses;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes defense.gov / .mil originals: by the archive's URL when known, else by what the page itself shows: the
 * credit line defense.gov syndication puts under its own articles, the banner every U.S. government website opens
 * with ("An official website of the United States Government … Official websites use .gov"), or the release number
 * in a defense.gov press release's header ("Release No: NR-047-17"). Sites that copy a story leave that chrome
 * behind (none of the real corpus's 122 copies and orphans carries either).
 */
public final class SourceAuthority {

    /** Chrome opens the page: past this many chars the phrases are a text quoting them, not the site's own. */
    public static final int BANNER_WITHIN_CHARS = 1_000;
    private static final String BANNER_OPENING = "an official website of the united states government";
    private static final String BANNER_DOT_GOV = "official websites use .gov";
    private static final Pattern DEFENSE_RELEASE_NUMBER = Pattern.compile("\\bRelease No:?\\s*NR-\\d{2,4}-\\d{2}\\b",
            Pattern.CASE_INSENSITIVE);

    private SourceAuthority() {
    }

    static boolean isAuthoritative(Document document, Credits credits, String folded) {
        if (document.url() != null) {
            return DefenseAddresses.isDefenseHost(document.url());
        }
        boolean credited = credits.defenseArticleTitle() != null
                && credits.foundOnUrls().stream().anyMatch(DefenseAddresses::isDefenseHost);
        return credited || hasOfficialChrome(folded);
    }

    /** The government banner or a defense.gov release number at the top of the page. */
    public static boolean hasOfficialChrome(String folded) {
        String opening = folded.substring(0, Math.min(folded.length(), BANNER_WITHIN_CHARS));
        String lower = opening.toLowerCase(Locale.ROOT);
        return lower.contains(BANNER_OPENING) && lower.contains(BANNER_DOT_GOV)
                || DEFENSE_RELEASE_NUMBER.matcher(opening).find();
    }
}
