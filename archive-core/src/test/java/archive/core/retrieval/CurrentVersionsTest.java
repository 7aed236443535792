package archive.core.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.catalog.DocumentVersion;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CurrentVersionsTest {

    private static final String ID = "0123456789abcdef";

    private final Map<String, DocumentVersion> catalog = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void remembersTheCurrentVersionAfterOneCatalogLookup() {
        CurrentVersions versions = new CurrentVersions(this::lookUp, 10);
        catalog.put(ID, version(1));

        assertTrue(versions.cached(ID).isEmpty());
        assertEquals(1, versions.current(ID).orElseThrow().number);
        assertEquals(1, versions.current(ID).orElseThrow().number);
        assertEquals(1, versions.cached(ID).orElseThrow().number);
        assertEquals(1, lookups.get());
    }

    @Test
    void showsANewVersionOnceItsWriteIsReported() {
        CurrentVersions versions = new CurrentVersions(this::lookUp, 10);
        catalog.put(ID, version(1));
        versions.current(ID);

        catalog.put(ID, version(2));
        versions.forget(ID);

        assertTrue(versions.cached(ID).isEmpty());
        assertEquals(2, versions.current(ID).orElseThrow().number);
        assertEquals(2, lookups.get());
    }

    @Test
    void forgetsEveryDocumentAtOnce() {
        CurrentVersions versions = new CurrentVersions(this::lookUp, 10);
        catalog.put(ID, version(1));
        versions.current(ID);

        versions.forgetAll();

        assertTrue(versions.cached(ID).isEmpty());
    }

    @Test
    void neverRemembersWhatALookupReadBeforeEverythingWasForgotten() {
        CurrentVersions[] versions = new CurrentVersions[1];
        versions[0] = new CurrentVersions(id -> {
            Optional<DocumentVersion> stale = Optional.of(version(1));
            versions[0].forgetAll();
            return stale;
        }, 10);

        versions[0].current(ID);
        assertTrue(versions[0].cached(ID).isEmpty(), "the stale answer must not be remembered");
    }

    @Test
    void neverRemembersWhatALookupReadBeforeAWriteThatOvertookIt() {
        // The catalog answers version 1, but version 2 commits (and is reported) before the answer is stored.
        CurrentVersions[] versions = new CurrentVersions[1];
        versions[0] = new CurrentVersions(id -> {
            Optional<DocumentVersion> stale = Optional.of(version(1));
            catalog.put(ID, version(2));
            versions[0].forget(ID);
            return stale;
        }, 10);

        assertEquals(1, versions[0].current(ID).orElseThrow().number);
        assertTrue(versions[0].cached(ID).isEmpty(), "the stale answer must not be remembered");
    }

    @Test
    void doesNotRememberDocumentsThatDoNotExist() {
        CurrentVersions versions = new CurrentVersions(this::lookUp, 10);

        assertTrue(versions.current(ID).isEmpty());
        catalog.put(ID, version(1));
        assertEquals(1, versions.current(ID).orElseThrow().number);
    }

    private Optional<DocumentVersion> lookUp(String id) {
        lookups.incrementAndGet();
        return Optional.ofNullable(catalog.get(id));
    }

    private static DocumentVersion version(int number) {
        DocumentVersion version = new DocumentVersion();
        version.documentId = ID;
        version.number = number;
        return version;
    }
}
