package archive.core.storage;

import archive.core.config.ArchiveConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Archived bytes never change, so they can be kept in memory under their SHA-256 without invalidation. Bounded by
 * total bytes; a text larger than an eighth of the capacity is never cached, so one huge file cannot flush the rest.
 */
@ApplicationScoped
public class ContentCache {

    private final long maxEntryBytes;
    private final Cache<String, byte[]> entries;

    @Inject
    public ContentCache(ArchiveConfig config, MeterRegistry registry) {
        this(config.contentCacheBytes());
        CaffeineCacheMetrics.monitor(registry, entries, "content");
    }

    public ContentCache(long capacityBytes) {
        this.maxEntryBytes = capacityBytes / 8;
        this.entries = Caffeine.newBuilder()
                .executor(Runnable::run) // evict on the writing thread: memory stays within bounds at once
                .maximumWeight(capacityBytes)
                .weigher((String sha256, byte[] bytes) -> bytes.length)
                .recordStats()
                .build();
    }

    /** The cached bytes, or those the loader returns (which are cached when they fit). */
    public byte[] get(String sha256, Supplier<byte[]> loader) {
        byte[] cached = entries.getIfPresent(sha256);
        if (cached != null) {
            return cached;
        }
        byte[] loaded = loader.get();
        if (loaded.length <= maxEntryBytes) {
            entries.put(sha256, loaded);
        }
        return loaded;
    }

    /** The bytes if they are in memory; never loads, so it is safe where blocking is not. */
    public Optional<byte[]> getIfPresent(String sha256) {
        return Optional.ofNullable(entries.getIfPresent(sha256));
    }
}
