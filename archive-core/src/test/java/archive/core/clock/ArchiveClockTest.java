package archive.core.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArchiveClockTest {

    @Test
    void ticksInMicrosecondsSoATimeReadBackFromPostgresqlIsTheTimeWritten() {
        Clock clock = new ArchiveClock().clock();
        for (int i = 0; i < 1_000; i++) {
            Instant now = clock.instant();
            assertEquals(0, now.getNano() % 1_000, now.toString());
        }
    }
}
