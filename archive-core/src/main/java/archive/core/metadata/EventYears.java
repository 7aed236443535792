package archive.core.metadata;

import archive.core.text.Months;
import archive.core.text.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Years the article reports events in: "in August 2023", "July 22-23, 2024", "since 2014",
 * "the 2024 U.S.-Iraq Joint Security Cooperation Dialogue". A bare four-digit number is
 * ambiguous ("2000 troops"), so a year only counts in a date-like or event-naming context.
 */
final class EventYears {

    /** Characters that, right before four digits, make them part of a number, ID, price or path. */
    private static final String NOT_BEFORE_YEAR = "$/.,-";
    /**
     * Words after which a year dates something that happened. Target words such as "by" or
     * "until" are left out on purpose: "by 2030" is a plan, not evidence of when a text was written.
     */
    private static final Set<String> EVENT_PREPOSITIONS = Set.of(
            "in", "since", "during", "of", "from", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter");
    /** Context words are short; never scan further than this around a year. */
    private static final int WORD_LIMIT = 20;

    private EventYears() {
    }

    static SortedSet<Integer> in(String text, List<TextSpan> spans) {
        SortedSet<Integer> years = new TreeSet<>();
        for (TextSpan span : spans) {
            // A plain scan rather than a regex: this runs over every ingested body, and a
            // lookbehind evaluated at every position used to dominate extraction time.
            for (int start = span.start(); start + 4 <= span.end(); start++) {
                if (isStandaloneYear(text, start, span) && isEventYear(text, start, span)) {
                    years.add(Integer.parseInt(text, start, start + 4, 10));
                }
            }
        }
        return years;
    }

    /** A 19xx/20xx that is not part of a longer number, word, ID, price or URL path. */
    private static boolean isStandaloneYear(String text, int start, TextSpan span) {
        char first = text.charAt(start);
        char second = text.charAt(start + 1);
        if (!((first == '1' && second == '9') || (first == '2' && second == '0'))
                || !isDigit(text.charAt(start + 2)) || !isDigit(text.charAt(start + 3))) {
            return false;
        }
        if (start > span.start()) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || NOT_BEFORE_YEAR.indexOf(before) >= 0) {
                return false;
            }
        }
        return start + 4 == span.end() || !Character.isLetterOrDigit(text.charAt(start + 4));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Context is read only inside the span, so a header or boilerplate word never vouches for a year. */
    private static boolean isEventYear(String text, int start, TextSpan span) {
        int end = start + 4;
        if (text.startsWith("-year", end) || text.startsWith(" year", end)) {
            return false; // "2000 years ago", "2024-year-old": quantities, not dates
        }
        Word previous = Word.before(text, start, span.start());
        if (Months.number(previous.text).isPresent() || EVENT_PREPOSITIONS.contains(previous.lowerCase())) {
            return true;
        }
        if (looksLikeDay(previous.text)
                && Months.number(Word.before(text, previous.start, span.start()).text).isPresent()) {
            return true; // "July 22, 2024", "July 22-23, 2024"
        }
        return namesAnEvent(text, end, span.end());
    }

    /** "2024 U.S.-Iraq Joint Security Cooperation Dialogue": a year directly before a proper name. */
    private static boolean namesAnEvent(String text, int end, int spanEnd) {
        return end + 1 < spanEnd && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    private static boolean looksLikeDay(String word) {
        return !word.isEmpty() && word.length() <= 5 && Character.isDigit(word.charAt(0));
    }

    /** The word before a position, skipping spaces and commas, without trailing punctuation. */
    private record Word(String text, int start) {

        static Word before(String text, int position, int floor) {
            int end = position;
            while (end > floor && position - end < WORD_LIMIT && isGap(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > floor && end - start < WORD_LIMIT && !isGap(text.charAt(start - 1))) {
                start--;
            }
            String word = text.substring(start, end);
            return new Word(word.endsWith(".") ? word.substring(0, word.length() - 1) : word, start);
        }

        String lowerCase() {
            return text.toLowerCase(Locale.ROOT);
        }

        private static boolean isGap(char c) {
            return c == ',' || Whitespace.isSpace(c);
        }
    }
}
