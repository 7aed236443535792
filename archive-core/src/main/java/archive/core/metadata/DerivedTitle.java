package archive.core.metadata;

import java.util.Locale;
import java.util.Set;

/**
 * A stand-in title for texts that carry none: the first sentence of the lead paragraph,
 * cut at a word boundary when longer than a headline would be.
 */
final class DerivedTitle {

    static final int MAX_LENGTH = 100;
    /** Below this, cutting at the last space would leave a stub; cut mid-word instead. */
    private static final int MIN_CUT = 40;
    /** Sentences longer than this are cut anyway, so there is no point scanning further. */
    private static final int SCAN_LIMIT = 1000;
    /** Longer words are ordinary words, whatever punctuation they contain. */
    private static final int MAX_ABBREVIATION_LENGTH = 12;
    /** Words that end with a period without ending the sentence ("Maj. Gen. Pat Ryder"). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "lt", "col", "capt", "cmdr", "cpl", "sgt",
            "adm", "brig", "sen", "rep", "gov", "pres", "jr", "sr", "st", "no", "vs", "etc", "inc",
            "co", "corp", "dept", "ft", "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    private DerivedTitle() {
    }

    static String fromProse(String prose) {
        String sentence = firstSentence(prose);
        if (sentence.length() <= MAX_LENGTH) {
            return stripTrailing(sentence, ".");
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH);
        String head = sentence.substring(0, cut >= MIN_CUT ? cut : MAX_LENGTH);
        return stripTrailing(head, ",;:–—- ") + "…";
    }

    private static String firstSentence(String prose) {
        int limit = Math.min(prose.length(), SCAN_LIMIT);
        for (int i = 0; i < limit; i++) {
            char c = prose.charAt(i);
            if (c == '!' || c == '?' || (c == '.' && !endsAbbreviation(prose, i))) {
                int end = afterClosingQuotes(prose, i + 1);
                if (end == prose.length() || Whitespace.isSpace(prose.charAt(end))) {
                    return prose.substring(0, end);
                }
            }
        }
        return prose.substring(0, limit);
    }

    private static int afterClosingQuotes(String prose, int from) {
        int end = from;
        while (end < prose.length() && "\"'”’)".indexOf(prose.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    /** Whether the period at {@code dot} closes "U.S", "D.C", an initial or a known abbreviation. */
    private static boolean endsAbbreviation(String prose, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && dot - wordStart < MAX_ABBREVIATION_LENGTH
                && !Whitespace.isSpace(prose.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = prose.substring(wordStart, dot);
        return word.length() < MAX_ABBREVIATION_LENGTH
                && (word.indexOf('.') >= 0
                        || word.length() == 1
                        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)));
    }

    private static String stripTrailing(String text, String chars) {
        int end = text.length();
        while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
