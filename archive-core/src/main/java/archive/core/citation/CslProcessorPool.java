package archive.core.citation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Function;

/**
 * Keeps compiled processors for reuse, because building one (parsing the style and
 * locale XML) costs far more than rendering with it, and one must not be shared by threads.
 *
 * <p>A pool rather than a ThreadLocal: on virtual threads or a large worker pool, per-thread
 * instances would be rebuilt or multiplied. Idle processors are kept per key, at most
 * {@code maxIdlePerKey} each, for the {@code maxKeys} most recently used keys, so requests
 * for thousands of different styles cannot pile up parsed styles in memory.
 */
final class CslProcessorPool {

    private final Function<ProcessorKey, CslProcessor> factory;
    private final int maxIdlePerKey;
    private final Map<ProcessorKey, BlockingDeque<CslProcessor>> idleByKey;

    CslProcessorPool(Function<ProcessorKey, CslProcessor> factory, int maxKeys, int maxIdlePerKey) {
        this.factory = factory;
        this.maxIdlePerKey = maxIdlePerKey;
        this.idleByKey = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ProcessorKey, BlockingDeque<CslProcessor>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** An idle processor for {@code key}, or a newly built one. The caller must {@link #release} it. */
    CslProcessor borrow(ProcessorKey key) {
        CslProcessor idle = idleFor(key).pollFirst();
        return idle != null ? idle : factory.apply(key);
    }

    void release(CslProcessor processor) {
        // Dropped when the deque is full; LIFO keeps the most recently used (warm) instances busy.
        idleFor(processor.key()).offerFirst(processor);
    }

    private BlockingDeque<CslProcessor> idleFor(ProcessorKey key) {
        synchronized (idleByKey) {
            return idleByKey.computeIfAbsent(key, k -> new LinkedBlockingDeque<>(maxIdlePerKey));
        }
    }
}
