package archive.core.provenance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recently analyzed candidate documents. The same originals come back as candidates for many look-ups
 * (every copy of a story retrieves them), and analysis is about half the cost of re-ranking one.
 */
final class AnalysisCache {

    private final Map<String, AnalyzedDocument> entries;

    AnalysisCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AnalyzedDocument> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * A cached analysis is reused only for the very same text (a new version of a document is re-analyzed).
     * Thread-safe; the analysis itself runs outside the lock, so threads analyse different documents side by side.
     */
    AnalyzedDocument analyze(Document document) {
        synchronized (entries) {
            AnalyzedDocument cached = entries.get(document.id());
            if (cached != null && cached.document().equals(document)) {
                return cached;
            }
        }
        AnalyzedDocument analyzed = AnalyzedDocument.of(document);
        synchronized (entries) {
            entries.put(document.id(), analyzed);
        }
        return analyzed;
    }
}
