package archive.core.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news dateline that opens the first paragraph: "Washington, D.C. – With a pivotal move, ...",
 * "BAGHDAD, Iraq — ...". Up to four capitalised words, then a spaced dash.
 *
 * @param place      the place as written, e.g. "Washington, D.C."
 * @param proseStart index in the paragraph where the prose after the dash begins
 */
record PlaceDateline(String place, int proseStart) {

    /** A dateline is short; looking further would only invite false matches and cost time. */
    private static final int SEARCH_LIMIT = 80;
    private static final Pattern LEADING_PLACE = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’]*+(?:,?\\s\\p{Lu}[\\p{L}.'’]*+){0,3})\\s+[–—-]{1,2}\\s+");

    static Optional<PlaceDateline> find(String paragraph) {
        Matcher m = LEADING_PLACE.matcher(paragraph);
        m.region(0, Math.min(paragraph.length(), SEARCH_LIMIT));
        return m.lookingAt() ? Optional.of(new PlaceDateline(m.group(1), m.end())) : Optional.empty();
    }
}
