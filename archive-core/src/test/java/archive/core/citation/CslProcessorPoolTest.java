package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CslProcessorPoolTest {

    private static final ProcessorKey APA = key("apa");
    private static final ProcessorKey MLA = key("modern-language-association");

    private final AtomicInteger builds = new AtomicInteger();

    private static ProcessorKey key(String style) {
        return new ProcessorKey(new StyleLocator().resourceName(style), new LocaleLocator().canonicalTag("en-US"),
                CitationFormat.TEXT);
    }

    private CslProcessor build(ProcessorKey key) {
        builds.incrementAndGet();
        return new CslProcessor(key);
    }

    @Test
    void aReleasedProcessorIsLentAgainInsteadOfBuildingAnother() {
        CslProcessorPool pool = new CslProcessorPool(this::build, 4, 2);
        CslProcessorPool.Lease first = pool.borrow(APA);
        pool.release(first);

        CslProcessorPool.Lease second = pool.borrow(APA);

        assertSame(first.processor(), second.processor());
        assertEquals(1, builds.get());
    }

    @Test
    void aRequestBeyondTheProcessorsWaitsForOneInsteadOfBuildingAThrowawayProcessor() throws Exception {
        int maxPerKey = 3;
        CslProcessorPool pool = new CslProcessorPool(this::build, 4, maxPerKey);
        List<CslProcessorPool.Lease> lent = new ArrayList<>();
        for (int i = 0; i < maxPerKey; i++) {
            lent.add(pool.borrow(APA));
        }
        CompletableFuture<CslProcessorPool.Lease> waited = new CompletableFuture<>();
        Thread request = new Thread(() -> waited.complete(pool.borrow(APA)));
        request.start();
        awaitWaiting(request);

        pool.release(lent.get(1));

        assertSame(lent.get(1).processor(), waited.get(10, TimeUnit.SECONDS).processor());
        assertEquals(maxPerKey, builds.get());
        assertEquals(maxPerKey, pool.built(APA));
    }

    @Test
    void aProcessorLentBeforeItsKeyWasEvictedGoesBackToTheRequestsWaitingForIt() throws Exception {
        CslProcessorPool pool = new CslProcessorPool(this::build, 1, 1);
        CslProcessorPool.Lease apa = pool.borrow(APA);
        CompletableFuture<CslProcessorPool.Lease> waited = new CompletableFuture<>();
        Thread waiter = new Thread(() -> waited.complete(pool.borrow(APA)));
        waiter.start();
        awaitWaiting(waiter);

        pool.release(pool.borrow(MLA)); // evicts APA's key while a request waits for its processor
        pool.release(apa);

        assertSame(apa.processor(), waited.get(10, TimeUnit.SECONDS).processor());
        assertEquals(1, pool.built(MLA));
    }

    /** Until the thread blocks in the pool, waiting for a processor. */
    private static void awaitWaiting(Thread thread) {
        while (thread.getState() != Thread.State.WAITING) {
            assertTrue(thread.isAlive(), "the request ended instead of waiting");
            Thread.onSpinWait();
        }
    }
}
