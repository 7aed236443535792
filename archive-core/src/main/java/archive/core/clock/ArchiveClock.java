package archive.core.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The archive's one clock, injected wherever a time is recorded. It ticks in microseconds, PostgreSQL's timestamp
 * precision, so a time written to the catalog and to an OCFL object's metadata.json reads back equal from both.
 */
@ApplicationScoped
public class ArchiveClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
