package archive.core.provenance.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;

/**
 * Recently analyzed candidate documents. The same originals come back as candidates for many look-ups
 * (every copy of a story retrieves them), and analysis is about half the cost of re-ranking one.
 */
public final class AnalysisCache {

    private final Cache<String, AnalyzedDocument> entries;

    public AnalysisCache(int capacity) {
        this.entries = Caffeine.newBuilder()
                .executor(Runnable::run) // evict on the caller's thread: the heap stays within bounds at once
                .maximumSize(capacity)
                .recordStats()
                .build();
    }

    /**
     * A cached analysis is reused only for the very same text (a new version of a document is re-analyzed).
     * Thread-safe; the analysis runs outside any lock, so threads analyse different documents side by side.
     */
    public AnalyzedDocument analyze(Document document) {
        AnalyzedDocument cached = entries.getIfPresent(document.id());
        if (cached != null && cached.document().equals(document)) {
            return cached;
        }
        AnalyzedDocument analyzed = AnalyzedDocument.of(document);
        entries.put(document.id(), analyzed);
        return analyzed;
    }

    /** Hits, misses and evictions, as the {@code cache.*} metrics tagged {@code cache=provenance-analyses}. */
    public MeterBinder metrics() {
        return new CaffeineCacheMetrics<>(entries, "provenance-analyses", List.of());
    }
}
