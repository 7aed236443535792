package archive.core.provenance.analysis;

import archive.core.provenance.scoring.Credit;
import java.util.regex.Pattern;

/** Patterns of lines in which a text names where it came from. */
public final class CreditLines {

    /** The credit line that defense.gov syndication puts under its own articles. */
    static final Pattern DEFENSE_ARTICLE_CREDIT = Pattern.compile(
            "(?i)this defense news article \"([^\"]+)\" was originally found on\\s+(\\S+)");
    static final Pattern ORIGINALLY_FOUND = Pattern.compile(
            "(?i)(?:was |is )?originally (?:found|published|appeared|posted) (?:on|at|in|by)\\s+(\\S+)");
    static final Pattern SOURCES_LINE = Pattern.compile("(?i)^\\s*(?:sources?|credits?|via)\\s*:\\s*(.+)$");
    static final Pattern ACCORDING_TO_STATEMENT = Pattern.compile(
            "(?i)according to (?:a|an|the) ([^.\"]{0,60}?(?:statement|release|readout|transcript)[^.\"]{0,50})");
    /**
     * "(via The Dayton Daily News)", "Reprinted with permission from …": the publication a page was taken from, a
     * name (capitalised: "via a translator" names none).
     */
    static final Pattern REPRINTED_FROM = Pattern.compile(
            "\\((?:[Vv]ia|[Cc]ourtesy of) ((?:[Tt]he )?\\p{Lu}[^()\\n]{2,60})\\)"
                    + "|\\b(?:[Rr]eprinted|[Rr]epublished)(?: with permission)? (?:from|courtesy of)"
                    + " ((?:the )?\\p{Lu}[^.\\n]{2,60})");
    /** "By Thomas Gnau, Dayton Daily News": a byline naming the writer's publication. */
    static final Pattern BYLINE_PUBLICATION = Pattern.compile("^\\s*By [A-Z][^,\\n]{1,40}, ([^,\\n]{3,60}?)\\s*$");
    static final Pattern DEFENSE_ORGANIZATION = Pattern.compile(
            "(?i)department of defense|defense department|\\bdod\\b|pentagon|defense\\.gov|\\.mil\\b");

    private CreditLines() {
    }

    /** Credit lines are provenance signals, never textual evidence. */
    static boolean isCreditLine(String line) {
        boolean mentionsOrigin = line.contains("riginally") || line.contains("RIGINALLY");
        return (mentionsOrigin && ORIGINALLY_FOUND.matcher(line).find())
                || (line.indexOf(':') >= 0 && SOURCES_LINE.matcher(line).find());
    }
}
