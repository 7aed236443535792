package archive.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJournalTest {

    @TempDir
    Path directory;

    @Test
    void keepsAMarkPerDocumentUntilItsWriteEnds() {
        IngestJournal journal = new IngestJournal(directory);

        journal.begin("00000000000000aa");
        journal.beginAll(List.of("00000000000000bb", "00000000000000cc"));
        journal.end("00000000000000bb");

        assertEquals(List.of("00000000000000aa", "00000000000000cc"), journal.pending());
        assertEquals(List.of("00000000000000aa", "00000000000000cc"), new IngestJournal(directory).pending());
    }
}
