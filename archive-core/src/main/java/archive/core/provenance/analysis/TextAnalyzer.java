package archive.core.provenance.analysis;

import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** Builds an {@link AnalyzedText}: folding, URL and quote detection, lines, sentences, tokens. */
public final class TextAnalyzer {

    private TextAnalyzer() {
    }

    public static AnalyzedText analyze(String text) {
        String folded = TextFolding.fold(text);
        List<TextSpan> urls = UrlFinder.find(folded);
        List<TextSpan> quotes = QuoteFinder.find(text);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        SpanCursor inUrl = new SpanCursor(urls);
        for (TextSpan line : SentenceSplitter.lines(folded)) {
            List<TextSpan> words = new ArrayList<>();
            for (TextSpan word : Tokenizer.words(folded, line.start(), line.end())) {
                if (!inUrl.covers(word.start())) {
                    words.add(word);
                }
            }
            String lineText = folded.substring(line.start(), line.end());
            boolean content = !BoilerplateClassifier.isBoilerplate(lineText, words.size());
            long lineKey = LineKeys.of(folded, words);
            List<TextSpan> lineSentences = SentenceSplitter.sentences(folded, line);
            int wordIndex = 0;
            for (TextSpan sentence : lineSentences) {
                int firstToken = tokens.size();
                boolean first = true;
                int firstWord = wordIndex;
                while (wordIndex < words.size() && words.get(wordIndex).start() < sentence.end()) {
                    wordIndex++;
                }
                long key = furnitureKey(folded, lineKey, lineSentences.size(), words.subList(firstWord, wordIndex));
                for (TextSpan word : words.subList(firstWord, wordIndex)) {
                    Token token = toToken(text, folded, word, sentences.size(), first, content, key);
                    if (token != null) {
                        tokens.add(token);
                        first = false;
                    }
                }
                if (tokens.size() > firstToken) {
                    sentences.add(new Sentence(sentence.start(), sentence.end(), firstToken, tokens.size(), content));
                }
            }
        }
        return new AnalyzedText(text, folded, tokens, sentences, quotes);
    }

    /**
     * The key under which the archive counts a token's line to learn furniture: its sentence's when the line holds
     * several, since sites vary a chrome line around the same sentences (defense.gov's "You have accessed part of a
     * historical collection on defense.gov. Some of the information…" is also served without its link text), else
     * the line's. A sentence too short to be keyed keeps the line's.
     */
    private static long furnitureKey(String folded, long lineKey, int sentencesInLine, List<TextSpan> sentenceWords) {
        if (sentencesInLine < 2) {
            return lineKey;
        }
        long sentenceKey = LineKeys.of(folded, sentenceWords);
        return sentenceKey == LineKeys.NONE ? lineKey : sentenceKey;
    }

    private static Token toToken(String original, String folded, TextSpan word, int sentence, boolean sentenceInitial,
                                 boolean content, long lineKey) {
        String term = TermNormalizer.normalize(folded.substring(word.start(), word.end()));
        if (term.isEmpty()) {
            return null;
        }
        int flags = 0;
        if (Character.isUpperCase(original.codePointAt(word.start()))) {
            flags |= Token.CAPITALIZED;
        }
        if (hasDigit(term)) {
            flags |= Token.NUMERIC;
        }
        if (Stopwords.contains(term)) {
            flags |= Token.STOPWORD;
        }
        if (sentenceInitial) {
            flags |= Token.SENTENCE_INITIAL;
        }
        if (content) {
            flags |= Token.IN_CONTENT;
        }
        return new Token(term, LightStemmer.stem(term), word.start(), word.end(), sentence, flags, lineKey);
    }

    private static boolean hasDigit(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Answers "is this offset inside a URL?" for offsets visited in increasing order. */
    private static final class SpanCursor {
        private final List<TextSpan> spans;
        private int next;

        SpanCursor(List<TextSpan> spans) {
            this.spans = spans;
        }

        boolean covers(int offset) {
            while (next < spans.size() && spans.get(next).end() <= offset) {
                next++;
            }
            return next < spans.size() && spans.get(next).contains(offset);
        }
    }
}
