package archive.core.provenance.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the raw (folded) chars of one word into its comparable term. */
public final class TermNormalizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TermNormalizer() {
    }

    /** "Coalition’s" → "coalition", "U.S." → "us", "ten-year" → "10year", "2,500" → "2500", "Café" → "cafe". */
    static String normalize(String foldedWord) {
        if (isPlainAsciiWord(foldedWord)) {
            return NumberWords.toDigits(foldedWord.toLowerCase(Locale.ROOT));
        }
        String s = foldedWord.toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            s = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder term = new StringBuilder(s.length());
        for (String part : s.split("-")) {
            term.append(NumberWords.toDigits(stripInnerPunctuation(part)));
        }
        return term.toString();
    }

    private static String stripInnerPunctuation(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c != '\'' && c != '.' && c != ',') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Most words are plain ASCII letters and digits: they only need lowercasing. */
    private static boolean isPlainAsciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
