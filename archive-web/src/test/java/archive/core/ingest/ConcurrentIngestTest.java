package archive.core.ingest;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.ingest.IngestResult.Outcome;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectStore;
import io.ocfl.api.model.VersionNum;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writers released at the same instant by a barrier: no update is lost, identical bytes become one document. */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int WRITERS = 8;

    @Inject
    IngestService ingest;

    @Inject
    Catalog catalog;

    @Inject
    ObjectStore store;

    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    @AfterEach
    void stopWriters() {
        pool.shutdownNow();
    }

    @Test
    void writersWithTheSameIfMatchGetOneNewVersionAndTheRest412() throws Exception {
        String id = create("Contested");
        String current = catalog.currentVersion(id).orElseThrow().sha256;
        List<byte[]> edits = texts("Contested edit");

        List<Object> outcomes = together(i -> ingest.addVersion(new DocumentId(id), new Upload(edits.get(i), null, "writer-" + i),
                Optional.of(Set.of(current))));

        List<IngestResult> won = results(outcomes);
        assertEquals(1, won.size(), "exactly one writer based on the same version wins");
        assertEquals(Outcome.NEW_VERSION, won.get(0).outcome());
        outcomes.stream().filter(o -> !(o instanceof IngestResult))
                .forEach(lost -> assertInstanceOf(StaleVersionException.class, lost, "the others hear 412"));
        List<DocumentVersion> versions = catalog.versions(new DocumentId(id));
        assertEquals(2, versions.size());
        assertEquals(won.get(0).version().sha256, versions.get(1).sha256);
        assertEquals(Optional.of(VersionNum.fromString("v2")), store.head(id));
    }

    @Test
    void writersWithoutIfMatchAreSerializedAndEveryVersionIsKept() throws Exception {
        String id = create("Busy");
        List<byte[]> edits = texts("Busy edit");

        List<IngestResult> written = results(together(i -> ingest.addVersion(new DocumentId(id),
                new Upload(edits.get(i), null, "writer-" + i), Optional.empty())));

        assertEquals(WRITERS, written.size(), "nobody was refused");
        List<DocumentVersion> versions = catalog.versions(new DocumentId(id));
        assertEquals(WRITERS + 1, versions.size());
        assertEquals(IntStream.rangeClosed(1, WRITERS + 1).boxed().toList(),
                versions.stream().map(v -> v.number).toList(), "numbered without gaps or repeats");
        assertEquals(edits.stream().map(ContentDigest::sha256Hex).collect(Collectors.toSet()),
                versions.stream().skip(1).map(v -> v.sha256).collect(Collectors.toSet()), "no edit was lost");
        for (DocumentVersion version : versions) {
            assertEquals(version.sha256, ContentDigest.sha256Hex(store.readText(id, version.ocflVersion)));
        }
    }

    @Test
    void uploadsOfIdenticalBytesCreateOneDocument() throws Exception {
        byte[] text = utf8(unique("Uploaded by everyone at once"));
        long before = catalog.documentCount();

        List<IngestResult> results = results(together(i -> ingest.ingest(new Upload(text, "same.txt", "uploader-" + i))));

        assertEquals(WRITERS, results.size());
        Map<Outcome, Long> outcomes = results.stream().collect(Collectors.groupingBy(IngestResult::outcome,
                Collectors.counting()));
        assertEquals(Map.of(Outcome.CREATED, 1L, Outcome.DUPLICATE, (long) WRITERS - 1), outcomes);
        Set<String> ids = results.stream().map(r -> r.document().id).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "everyone got the same document");
        String id = ids.iterator().next();
        assertEquals(before + 1, catalog.documentCount());
        assertEquals(1, catalog.versions(new DocumentId(id)).size());
        assertEquals(Optional.of(VersionNum.V1), store.head(id));
        assertArrayEquals(text, store.readText(id, VersionNum.V1));
    }

    private String create(String subject) {
        return ingest.ingest(new Upload(utf8(unique(subject)), null, "test")).document().id;
    }

    private static List<byte[]> texts(String subject) {
        return IntStream.range(0, WRITERS).mapToObj(i -> utf8(unique(subject + " " + i))).toList();
    }

    /** Runs the work once per writer, all starting together; each outcome is a result or the exception thrown. */
    private List<Object> together(Function<Integer, IngestResult> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<IngestResult>> futures = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            Callable<IngestResult> task = () -> {
                start.await();
                return work.apply(writer);
            };
            futures.add(pool.submit(task));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<IngestResult> future : futures) {
            try {
                outcomes.add(future.get());
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }

    private static List<IngestResult> results(List<Object> outcomes) {
        List<IngestResult> results = new ArrayList<>();
        Set<Class<?>> failures = new HashSet<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof IngestResult result) {
                results.add(result);
            } else {
                failures.add(outcome.getClass());
            }
        }
        failures.remove(StaleVersionException.class);
        assertEquals(Set.of(), failures, "no writer failed for any other reason");
        return results;
    }
}
