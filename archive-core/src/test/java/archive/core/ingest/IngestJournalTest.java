package archive.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJournalTest {

    @TempDir
    Path directory;

    @Test
    void keepsEachMarkUntilItsWriteEnds() {
        IngestJournal journal = new IngestJournal(directory);

        journal.begin("00000000000000aa");
        IngestJournal.Mark batch = journal.beginAll(List.of("00000000000000bb", "00000000000000cc"));
        journal.end(journal.begin("00000000000000dd"));

        assertEquals(List.of("00000000000000aa", "00000000000000bb", "00000000000000cc"), pendingIds(journal));
        assertEquals(pendingIds(journal), pendingIds(new IngestJournal(directory)));
        journal.end(batch);
        assertEquals(List.of("00000000000000aa"), pendingIds(journal));
    }

    @Test
    void aBatchIsOneFileHoweverManyDocumentsItMarks() throws IOException {
        IngestJournal journal = new IngestJournal(directory);

        journal.beginAll(IntStream.range(0, 200).mapToObj(i -> String.format("%016x", i)).toList());

        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(1, files.count());
        }
        assertEquals(200, pendingIds(journal).size());
    }

    @Test
    void aBatchListingCutShortByACrashYieldsItsWholeIds() throws IOException {
        Files.writeString(directory.resolve("batch-cut.pending"), "00000000000000aa\n00000000000000bb\n0000000",
                StandardCharsets.US_ASCII);

        assertEquals(List.of("00000000000000aa", "00000000000000bb"), pendingIds(new IngestJournal(directory)));
    }

    private static List<String> pendingIds(IngestJournal journal) {
        return journal.pending().stream().flatMap(mark -> mark.documentIds().stream()).sorted().toList();
    }
}
