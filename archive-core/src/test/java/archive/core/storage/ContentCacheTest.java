package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContentCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void loadsBytesOnceAndServesThemFromMemoryAfterwards() {
        ContentCache cache = new ContentCache(1000);

        assertTrue(cache.getIfPresent("a").isEmpty());
        assertArrayEquals(bytes(10), cache.get("a", () -> load(10)));
        assertArrayEquals(bytes(10), cache.get("a", () -> load(10)));
        assertArrayEquals(bytes(10), cache.getIfPresent("a").orElseThrow());
        assertEquals(1, loads.get());
    }

    @Test
    void neverCachesATextLargerThanAnEighthOfTheCapacity() {
        ContentCache cache = new ContentCache(800);

        cache.get("large", () -> load(101));

        assertTrue(cache.getIfPresent("large").isEmpty());
    }

    @Test
    void keepsTheCachedBytesWithinTheCapacity() {
        ContentCache cache = new ContentCache(800);

        for (String sha256 : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) {
            cache.get(sha256, () -> load(100));
        }

        long cached = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j").stream()
                .filter(sha256 -> cache.getIfPresent(sha256).isPresent())
                .count();
        assertTrue(cached <= 8, cached + " texts of 100 bytes cached within 800 bytes");
    }

    private byte[] load(int length) {
        loads.incrementAndGet();
        return bytes(length);
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        bytes[0] = (byte) length;
        return bytes;
    }
}
