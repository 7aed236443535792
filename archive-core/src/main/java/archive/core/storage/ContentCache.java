package archive.core.storage;

import archive.core.config.ArchiveConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Archived bytes never change, so they can be kept in memory under their SHA-256 without invalidation. Bounded by
 * total bytes, least recently used out first.
 */
@ApplicationScoped
public class ContentCache {

    private final long capacityBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long sizeBytes;

    @Inject
    public ContentCache(ArchiveConfig config) {
        this(config.contentCacheBytes());
    }

    public ContentCache(long capacityBytes) {
        this.capacityBytes = capacityBytes;
    }

    /** The cached bytes, or those the loader returns (which are cached when they fit). */
    public byte[] get(String sha256, Supplier<byte[]> loader) {
        synchronized (this) {
            byte[] cached = entries.get(sha256);
            if (cached != null) {
                return cached;
            }
        }
        byte[] loaded = loader.get();
        if (loaded.length <= capacityBytes / 8) {
            put(sha256, loaded);
        }
        return loaded;
    }

    private synchronized void put(String sha256, byte[] bytes) {
        if (entries.putIfAbsent(sha256, bytes) != null) {
            return;
        }
        sizeBytes += bytes.length;
        var eldest = entries.entrySet().iterator();
        while (sizeBytes > capacityBytes && eldest.hasNext()) {
            Map.Entry<String, byte[]> entry = eldest.next();
            sizeBytes -= entry.getValue().length;
            eldest.remove();
        }
    }
}
