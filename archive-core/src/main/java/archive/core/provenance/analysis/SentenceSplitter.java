package archive.core.provenance.analysis;

import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits folded text into lines, and lines into sentences, as trimmed spans. */
public final class SentenceSplitter {

    /** Words that end with a dot without ending the sentence ("Maj. Gen. Pat Ryder"). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "gen", "maj", "lt", "col", "sgt", "adm", "capt", "cmdr", "cpl", "pvt", "spc", "brig", "ret",
            "dr", "mr", "mrs", "ms", "st", "jr", "sr", "sen", "rep", "gov", "no", "vs", "etc", "inc", "corp",
            "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept",
            "approx", "est", "ft", "mt");

    private SentenceSplitter() {
    }

    static List<TextSpan> lines(String text) {
        List<TextSpan> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                TextSpan trimmed = trim(text, start, i);
                if (trimmed.length() > 0) {
                    lines.add(trimmed);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    static List<TextSpan> sentences(String folded, TextSpan line) {
        List<TextSpan> sentences = new ArrayList<>();
        int start = line.start();
        for (int i = line.start(); i < line.end(); i++) {
            char c = folded.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < line.end() && isClosingMark(folded.charAt(end))) {
                end++;
            }
            if (end < line.end() && endsSentence(folded, i, end, line.end())) {
                addTrimmed(folded, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }
        addTrimmed(folded, start, line.end(), sentences);
        return sentences;
    }

    private static boolean endsSentence(String s, int mark, int afterMarks, int lineEnd) {
        if (!Character.isWhitespace(s.charAt(afterMarks))) {
            return false;
        }
        int next = afterMarks;
        while (next < lineEnd && Character.isWhitespace(s.charAt(next))) {
            next++;
        }
        if (next == lineEnd) {
            return true;
        }
        char first = s.charAt(next);
        boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || first == '"';
        return startsSentence && !(s.charAt(mark) == '.' && isAbbreviationBefore(s, mark));
    }

    private static boolean isAbbreviationBefore(String s, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        String word = s.substring(start, dot).toLowerCase();
        return word.length() == 1 || word.contains(".") || ABBREVIATIONS.contains(word);
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']';
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> out) {
        TextSpan trimmed = trim(text, start, end);
        if (trimmed.length() > 0) {
            out.add(trimmed);
        }
    }

    private static TextSpan trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
