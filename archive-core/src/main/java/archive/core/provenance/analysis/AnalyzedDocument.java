package archive.core.provenance.analysis;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A document with everything ranking reads from it that does not depend on the archive's statistics, so it
 * can be cached between look-ups.
 */
public record AnalyzedDocument(Document document, AnalyzedText text, boolean authoritative, List<LocalDate> dateMentions,
                        Set<String> entities, Set<String> contentStems, long[] lineKeys, Credits credits,
                        ContentWords words, SentenceVotes votes) {

    public static AnalyzedDocument of(Document document) {
        AnalyzedText text = TextAnalyzer.analyze(document.text());
        Credits credits = Credits.of(text.folded);
        return new AnalyzedDocument(document, text, SourceAuthority.isAuthoritative(document, credits, text.folded),
                DateMentions.find(text.folded), EntityTerms.of(text), contentStems(text), LineKeys.distinct(text), credits,
                ContentWords.of(text), new SentenceVotes(text));
    }

    public String id() {
        return document.id();
    }

    private static Set<String> contentStems(AnalyzedText text) {
        Set<String> stems = new HashSet<>();
        for (Token t : text.tokens) {
            if (t.isContentWord()) {
                stems.add(t.stem());
            }
        }
        return stems;
    }
}
