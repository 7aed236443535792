package archive.core.provenance.analysis;

import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds word spans in folded text. Apostrophes, hyphens, abbreviation dots ("U.S.") and digit group
 * separators ("2,500") stay inside a word; everything else that is not a letter or digit separates words.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    static List<TextSpan> words(String folded, int from, int to) {
        List<TextSpan> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = folded.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int segmentStart = i;
            int j = i;
            while (j < to) {
                int c = folded.codePointAt(j);
                if (isWordChar(c)) {
                    j += Character.charCount(c);
                } else if (joinsWord(folded, segmentStart, j, to)) {
                    j++;
                    segmentStart = j;
                } else {
                    break;
                }
            }
            words.add(new TextSpan(start, j));
            i = j;
        }
        return words;
    }

    private static boolean joinsWord(String s, int segmentStart, int at, int to) {
        if (at + 1 >= to || at == segmentStart) {
            return false;
        }
        char c = s.charAt(at);
        char prev = s.charAt(at - 1);
        char next = s.charAt(at + 1);
        return switch (c) {
            case '\'' -> Character.isLetter(prev) && Character.isLetter(next);
            case '-' -> Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)
                    && !(Character.isDigit(prev) && Character.isDigit(next));
            case '.' -> (Character.isDigit(prev) && Character.isDigit(next))
                    || (at - segmentStart == 1 && Character.isLetter(prev) && Character.isLetter(next)
                        && (at + 2 >= to || !Character.isLetterOrDigit(s.charAt(at + 2))));
            case ',' -> Character.isDigit(prev) && isThousandsGroup(s, at + 1, to);
            default -> false;
        };
    }

    private static boolean isThousandsGroup(String s, int from, int to) {
        if (from + 3 > to) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return from + 3 == to || !Character.isDigit(s.charAt(from + 3));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
