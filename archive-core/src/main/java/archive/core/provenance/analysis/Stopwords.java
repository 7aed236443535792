package archive.core.provenance.analysis;

import java.util.Set;

/**
 * Function words plus the generic vocabulary of news reporting ("said", "according", "today"): none of
 * them says anything about where a text came from, so they never form evidence or fingerprints.
 */
public final class Stopwords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else", "ever", "every",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
            "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "very", "was", "we",
            "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
            "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "may", "many",
            "since", "among", "across", "via", "per", "onto", "toward", "towards", "whereas", "although",
            "though", "because", "s", "t",
            // Generic news-reporting words: attribution and time deixis, present in almost every article.
            "said", "says", "say", "saying", "told", "tell", "according", "added", "noted", "stated",
            "explained", "today", "yesterday", "tomorrow", "week", "weekend", "mr", "ms", "mrs", "including",
            "well", "new", "like", "already", "still", "even", "going", "get", "got", "make",
            "made", "take", "took");

    private Stopwords() {
    }

    static boolean contains(String term) {
        return WORDS.contains(term);
    }
}
