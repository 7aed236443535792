package archive.core.citation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Keeps compiled processors for reuse, because building one (parsing the style and locale XML) costs far more than
 * rendering with it, and one must not be shared by threads.
 *
 * <p>A pool rather than a ThreadLocal: on virtual threads or a large worker pool, per-thread instances would be
 * rebuilt or multiplied. At most {@code maxPerKey} processors exist per key: under more concurrent requests than that,
 * a request waits for a processor to come back (a render takes well under a millisecond) instead of building one
 * that would be thrown away after a single use. Keys are kept for the {@code maxKeys} most recently used, so requests
 * for thousands of different styles cannot pile up parsed styles in memory.
 */
final class CslProcessorPool {

    private final Function<ProcessorKey, CslProcessor> factory;
    private final int maxPerKey;
    private final Map<ProcessorKey, Slot> slots;

    CslProcessorPool(Function<ProcessorKey, CslProcessor> factory, int maxKeys, int maxPerKey) {
        this.factory = factory;
        this.maxPerKey = maxPerKey;
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ProcessorKey, Slot> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * A processor for {@code key}: an idle one, a new one while fewer than {@code maxPerKey} exist, else the next one
     * released. The caller must {@link #release} the lease.
     */
    Lease borrow(ProcessorKey key) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(key, k -> new Slot(new LinkedBlockingDeque<>(), new Semaphore(maxPerKey)));
        }
        CslProcessor idle = slot.idle().pollFirst();
        if (idle != null) {
            return new Lease(idle, slot);
        }
        if (slot.builds().tryAcquire()) {
            try {
                return new Lease(factory.apply(key), slot);
            } catch (RuntimeException e) {
                slot.builds().release();
                throw e;
            }
        }
        try {
            return new Lease(slot.idle().takeFirst(), slot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CitationException("Interrupted while waiting for a citation processor", e);
        }
    }

    /** LIFO: the most recently used (warm) instances stay busy. */
    void release(Lease lease) {
        lease.slot().idle().offerFirst(lease.processor());
    }

    /** How many processors were built for {@code key} and are kept (idle or lent). */
    int built(ProcessorKey key) {
        synchronized (slots) {
            Slot slot = slots.get(key);
            return slot == null ? 0 : maxPerKey - slot.builds().availablePermits();
        }
    }

    /** A processor lent to one thread; it goes back to the slot it came from, even if its key was evicted since. */
    record Lease(CslProcessor processor, Slot slot) {
    }

    private record Slot(BlockingDeque<CslProcessor> idle, Semaphore builds) {
    }
}
