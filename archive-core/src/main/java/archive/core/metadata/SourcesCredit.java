package archive.core.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rewrite's closing "Sources: THX News &amp; US Department of Defense." line.
 *
 * @param statement the credited sources as written, without the label and final period
 * @param names     the individual credited names, in order
 */
record SourcesCredit(String statement, List<String> names) {

    private static final int MAX_LENGTH = 250;
    private static final Pattern SOURCES = Pattern.compile("(?i)sources?\\s*:\\s*(.{2,200}?)[.\\s]*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:&|;|,|\\band\\b)\\s*");

    static Optional<SourcesCredit> parse(String line) {
        if (line.length() > MAX_LENGTH || !line.regionMatches(true, 0, "source", 0, 6)) {
            return Optional.empty();
        }
        Matcher m = SOURCES.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String statement = m.group(1).strip();
        List<String> names = Arrays.stream(NAME_SEPARATOR.split(statement))
                .filter(name -> !name.isBlank())
                .toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(new SourcesCredit(statement, names));
    }

    /**
     * A rewriting outlet tends to list itself first among several sources ("THX News &amp; US
     * Department of Defense"); a single source is the original being credited, not the publisher.
     */
    Optional<String> likelyPublisher() {
        return names.size() >= 2 ? Optional.of(names.get(0)) : Optional.empty();
    }
}
