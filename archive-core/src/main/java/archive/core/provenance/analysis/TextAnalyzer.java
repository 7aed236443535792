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
            int wordIndex = 0;
            for (TextSpan sentence : SentenceSplitter.sentences(folded, line)) {
                int firstToken = tokens.size();
                boolean first = true;
                while (wordIndex < words.size() && words.get(wordIndex).start() < sentence.end()) {
                    TextSpan word = words.get(wordIndex++);
                    Token token = toToken(text, folded, word, sentences.size(), first, content, lineKey);
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
