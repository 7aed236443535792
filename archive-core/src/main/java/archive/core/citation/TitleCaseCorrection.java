package archive.core.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.helper.StringHelper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Title case as citeproc-js, the reference processor, sets it: a stop word stays lower-case after a period, an
 * opening quotation mark or before a colon ("U.S. and Japan", "Exercise “a Clear Signal”", "Go on: The") and is
 * capitalised after "?" and "!". citeproc-java's {@link StringHelper#toTitleCase} starts a new sentence at every
 * period and opening quote and not at "?" or "!", and capitalises a stop word before a colon; {@code
 * text-case="title"} calls it directly, with no extension point; so the output formats correct what it made of each
 * title variable of the item (found by the exact text it produced) before their own post-processing. Whether a word is a stop word is asked of the same library, so both agree on the list.
 */
final class TitleCaseCorrection {

    /** The marks after which citeproc-js capitalises a stop word. */
    private static final String SENTENCE_STARTS = ":?!";
    /** The marks after which citeproc-java capitalises one and citeproc-js does not: period, opening quotes. */
    private static final String LIBRARY_SENTENCE_STARTS = ".\u201c\u2018\"'";
    /** citeproc-java's stop-word patterns want neither a colon nor a quote right after the word. */
    private static final String NOT_AFTER_A_LIBRARY_STOP_WORD = ":'\"\u2018\u2019\u201c\u201d";

    private TitleCaseCorrection() {
    }

    static void apply(TokenBuffer buffer, RenderContext ctx) {
        CSLItemData item = ctx.getItemData();
        if (item == null || !"en".equals(ctx.getItemLocale().getLanguage())) {
            return;
        }
        Map<String, String> corrections = corrections(item);
        if (corrections.isEmpty()) {
            return;
        }
        List<Token> tokens = buffer.getTokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof TextToken text && text.getType() == TextToken.Type.TEXT) {
                String corrected = text.getText();
                for (Map.Entry<String, String> correction : corrections.entrySet()) {
                    corrected = corrected.replace(correction.getKey(), correction.getValue());
                }
                if (!corrected.equals(text.getText())) {
                    tokens.set(i, text.copyWithText(corrected));
                }
            }
        }
    }

    /** What citeproc-java's title case makes of each title variable, and what it should have made. */
    private static Map<String, String> corrections(CSLItemData item) {
        Map<String, String> corrections = new LinkedHashMap<>();
        Stream.of(item.getTitle(), item.getTitleShort(), item.getContainerTitle(), item.getContainerTitleShort(),
                        item.getCollectionTitle(), item.getOriginalTitle(), item.getReviewedTitle())
                .filter(Objects::nonNull)
                .distinct()
                .forEach(title -> {
                    String library = StringHelper.toTitleCase(title);
                    String reference = correct(title, library);
                    if (!reference.equals(library)) {
                        corrections.put(library, reference);
                    }
                });
        return corrections;
    }

    /**
     * The library's title case with the first letter of each stop word between the first and the last word set as
     * citeproc-js sets it: capitalised after ":", "?" or "!", else as lower-case as the original has it. Only words
     * where the library can have gone wrong are looked at: after a mark it starts a sentence at, or directly before
     * a mark its stop-word patterns do not allow after a stop word.
     */
    static String correct(String original, String library) {
        if (original.length() != library.length()) {
            return library;
        }
        char[] result = library.toCharArray();
        int lastWordStart = lastWordStart(library);
        for (int start = nextWordStart(library, 1); start > 0 && start < lastWordStart;
                start = nextWordStart(library, start + 1)) {
            String word = word(original, start);
            char before = previousNonSpace(library, start);
            char after = start + word.length() < library.length() ? library.charAt(start + word.length()) : ' ';
            if (SENTENCE_STARTS.indexOf(before) >= 0) {
                if (Character.isLowerCase(library.charAt(start)) && isStopWord(word)) {
                    result[start] = Character.toTitleCase(library.charAt(start));
                }
            } else if ((LIBRARY_SENTENCE_STARTS.indexOf(before) >= 0
                    || NOT_AFTER_A_LIBRARY_STOP_WORD.indexOf(after) >= 0) && Character.isLowerCase(original.charAt(start)) && Character.isUpperCase(library.charAt(start))
                    && isStopWord(word)) {
                result[start] = original.charAt(start);
            }
        }
        return new String(result);
    }

    /** A stop word is one the library keeps lower-case between two other words. */
    private static boolean isStopWord(String word) {
        String lower = word.toLowerCase(Locale.ENGLISH);
        return StringHelper.toTitleCase("x " + lower + " x").equals("X " + lower + " X");
    }

    private static int nextWordStart(String text, int from) {
        for (int i = Math.max(from, 1); i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && !Character.isLetterOrDigit(text.charAt(i - 1))
                    && text.charAt(i - 1) != '\u2019' && text.charAt(i - 1) != '-') {
                return i;
            }
        }
        return -1;
    }

    private static int lastWordStart(String text) {
        int last = -1;
        for (int start = nextWordStart(text, 1); start > 0; start = nextWordStart(text, start + 1)) {
            last = start;
        }
        return last;
    }

    private static char previousNonSpace(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static String word(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
