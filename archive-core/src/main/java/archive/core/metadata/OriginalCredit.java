package archive.core.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A republisher's attribution line naming where the text was first published, e.g.
 * {@code This Defense news article "<title>" was originally found on <url>}.
 *
 * @param title     the quoted headline, when the line quotes one
 * @param url       the URL the text was originally found on
 * @param statement the credit as stated: "originally found on <url>"
 */
record OriginalCredit(Optional<String> title, String url, String statement) {

    private static final int MAX_LENGTH = 3000;
    private static final Pattern ORIGINALLY = Pattern.compile(
            "(?i)\\boriginally\\s+(?:found|published|posted|appeared)\\s+(?:on|at|in)\\s+(https?://[^\\s\"”<>]{1,2000})");
    private static final Pattern QUOTED_TITLE = Pattern.compile("(?i)\\barticle\\s+[\"“]([^\"”]{1,300})[\"”]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:)\\]]+$");

    static Optional<OriginalCredit> parse(String line) {
        // Cheap pre-check: nearly every line lacks the keyword, so skip the regexes for them.
        if (line.length() > MAX_LENGTH || !line.contains("originally")) {
            return Optional.empty();
        }
        Matcher credit = ORIGINALLY.matcher(line);
        if (!credit.find()) {
            return Optional.empty();
        }
        String url = TRAILING_PUNCTUATION.matcher(credit.group(1)).replaceFirst("");
        String statement = line.substring(credit.start(), credit.start(1)) + url;
        Matcher title = QUOTED_TITLE.matcher(line);
        Optional<String> quotedTitle = title.find() ? Optional.of(title.group(1).strip()) : Optional.empty();
        return Optional.of(new OriginalCredit(quotedTitle.filter(t -> !t.isEmpty()), url, statement));
    }
}
