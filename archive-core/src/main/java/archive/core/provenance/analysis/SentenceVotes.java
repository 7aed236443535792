package archive.core.provenance.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content stems of every sentence with their votes (1 each; 1/n for each stem of an n-word name, so a
 * multi-word name counts once) and an inverted index from stem to sentences. Independent of term weights,
 * so it is built once per document.
 */
public final class SentenceVotes {

    private final List<Map<String, Double>> votes = new ArrayList<>();
    private final double[] totals;
    private final Map<String, List<Integer>> sentencesByStem = new HashMap<>();
    public final AnalyzedText text;

    SentenceVotes(AnalyzedText text) {
        this.text = text;
        this.totals = new double[text.sentences.size()];
        for (int j = 0; j < text.sentences.size(); j++) {
            Map<String, Double> sentenceVotes = votesOf(text, j);
            votes.add(sentenceVotes);
            totals[j] = total(sentenceVotes);
            for (String stem : sentenceVotes.keySet()) {
                sentencesByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(j);
            }
        }
    }

    public Map<String, Double> of(int sentence) {
        return votes.get(sentence);
    }

    public double total(int sentence) {
        return totals[sentence];
    }

    public List<Integer> sentencesWith(String stem) {
        return sentencesByStem.getOrDefault(stem, List.of());
    }

    public static double total(Map<String, Double> votes) {
        double total = 0;
        for (double v : votes.values()) {
            total += v;
        }
        return total;
    }

    private static Map<String, Double> votesOf(AnalyzedText text, int sentence) {
        Sentence s = text.sentences.get(sentence);
        Map<String, Double> votes = new LinkedHashMap<>();
        if (!s.content()) {
            return votes;
        }
        int i = s.firstToken();
        while (i < s.endToken()) {
            int nameEnd = nameEnd(text, i, s.endToken());
            double vote = 1.0 / (nameEnd - i);
            for (int k = i; k < nameEnd; k++) {
                Token t = text.tokens.get(k);
                if (!t.is(Token.STOPWORD)) {
                    votes.merge(t.stem(), vote, Math::max);
                }
            }
            i = nameEnd;
        }
        return votes;
    }

    private static int nameEnd(AnalyzedText text, int from, int sentenceEnd) {
        int end = from + 1;
        Token first = text.tokens.get(from);
        if (!EntityTerms.isName(first) || first.is(Token.STOPWORD)) {
            return end;
        }
        while (end < sentenceEnd && EntityTerms.continuesName(text.text, text.tokens.get(end - 1), text.tokens.get(end))) {
            end++;
        }
        return end;
    }
}
