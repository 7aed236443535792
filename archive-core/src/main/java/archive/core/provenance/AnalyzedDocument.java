package archive.core.provenance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A document with everything ranking reads from it, computed once per ranking. */
record AnalyzedDocument(Document document, AnalyzedText text, boolean authoritative, List<LocalDate> dateMentions,
                        Set<String> entities) {

    static AnalyzedDocument of(Document document) {
        AnalyzedText text = TextAnalyzer.analyze(document.text());
        return new AnalyzedDocument(document, text, SourceAuthority.isAuthoritative(document),
                DateMentions.find(TextFolding.fold(document.text())), EntityTerms.of(text));
    }

    String id() {
        return document.id();
    }

    Set<String> contentStems() {
        Set<String> stems = new HashSet<>();
        for (Token t : text.tokens) {
            if (t.isContentWord()) {
                stems.add(t.stem());
            }
        }
        return stems;
    }
}
