package archive.core.provenance.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Content stems of every sentence with their votes (1 each; 1/n for each stem of an n-word name, so a
 * multi-word name counts once) and an inverted index from stem to sentences. Independent of term weights,
 * so it is built once per document.
 *
 * <p>Kept in flat primitive arrays rather than a map per sentence: every comparison with another text reads them,
 * and boxed votes were a large share of what a derivation allocated. A sentence's entries ({@link #start} to
 * {@link #end}) come in the order its stems first occur; each distinct stem of the document has an id.
 */
public final class SentenceVotes {

    private static final int[] NONE = new int[0];

    public final AnalyzedText text;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Where each sentence's entries begin; one more for the end of the last. */
    private final int[] sentenceStarts;
    private final String[] stems;
    private final int[] stemIds;
    private final double[] votes;
    private final double[] totals;
    /** The sentences holding each stem id, in text order. */
    private final int[][] sentencesById;

    SentenceVotes(AnalyzedText text) {
        this.text = text;
        int sentences = text.sentences.size();
        this.sentenceStarts = new int[sentences + 1];
        this.totals = new double[sentences];
        int capacity = text.tokens.size();
        String[] stems = new String[capacity];
        int[] stemIds = new int[capacity];
        double[] votes = new double[capacity];
        // Per stem id: the sentence it last occurred in, and its entry there (an entry's vote is its largest).
        int[] lastSentence = new int[capacity];
        int[] entryInSentence = new int[capacity];
        int[] sentenceCounts = new int[capacity];
        Arrays.fill(lastSentence, -1);
        int entries = 0;
        for (int j = 0; j < sentences; j++) {
            sentenceStarts[j] = entries;
            Sentence s = text.sentences.get(j);
            if (!s.content()) {
                continue;
            }
            int i = s.firstToken();
            while (i < s.endToken()) {
                int nameEnd = nameEnd(text, i, s.endToken());
                double vote = 1.0 / (nameEnd - i);
                for (int k = i; k < nameEnd; k++) {
                    Token t = text.tokens.get(k);
                    if (t.is(Token.STOPWORD)) {
                        continue;
                    }
                    Integer known = ids.get(t.stem());
                    int id = known != null ? known : newId(t.stem());
                    if (lastSentence[id] == j) {
                        int entry = entryInSentence[id];
                        votes[entry] = Math.max(votes[entry], vote);
                    } else {
                        lastSentence[id] = j;
                        entryInSentence[id] = entries;
                        sentenceCounts[id]++;
                        stems[entries] = t.stem();
                        stemIds[entries] = id;
                        votes[entries] = vote;
                        entries++;
                    }
                }
                i = nameEnd;
            }
            double total = 0;
            for (int entry = sentenceStarts[j]; entry < entries; entry++) {
                total += votes[entry];
            }
            totals[j] = total;
        }
        sentenceStarts[sentences] = entries;
        this.stems = Arrays.copyOf(stems, entries);
        this.stemIds = Arrays.copyOf(stemIds, entries);
        this.votes = Arrays.copyOf(votes, entries);
        this.sentencesById = new int[ids.size()][];
        for (int id = 0; id < sentencesById.length; id++) {
            sentencesById[id] = new int[sentenceCounts[id]];
        }
        int[] filled = new int[ids.size()];
        for (int j = 0; j < sentences; j++) {
            for (int entry = sentenceStarts[j]; entry < sentenceStarts[j + 1]; entry++) {
                int id = this.stemIds[entry];
                sentencesById[id][filled[id]++] = j;
            }
        }
    }

    /** The first entry of the sentence. */
    public int start(int sentence) {
        return sentenceStarts[sentence];
    }

    /** After the sentence's last entry. */
    public int end(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    public String stem(int entry) {
        return stems[entry];
    }

    public double vote(int entry) {
        return votes[entry];
    }

    /** The id of the entry's stem. */
    public int id(int entry) {
        return stemIds[entry];
    }

    /** The id of a stem of this document, -1 if none of its content sentences has it. */
    public int idOf(String stem) {
        Integer id = ids.get(stem);
        return id != null ? id : -1;
    }

    /** The vote of the stem (by id) in the sentence, 0 if the sentence lacks it. */
    public double voteIn(int sentence, int id) {
        for (int entry = sentenceStarts[sentence]; entry < sentenceStarts[sentence + 1]; entry++) {
            if (stemIds[entry] == id) {
                return votes[entry];
            }
        }
        return 0;
    }

    public double total(int sentence) {
        return totals[sentence];
    }

    /** The sentences holding the stem (by id), in text order; none for -1. Not to be changed. */
    public int[] sentencesWith(int id) {
        return id < 0 ? NONE : sentencesById[id];
    }

    private int newId(String stem) {
        int id = ids.size();
        ids.put(stem, id);
        return id;
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
