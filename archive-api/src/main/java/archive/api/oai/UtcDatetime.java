package archive.api.oai;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A from or until argument (§3.3.1): a whole day, YYYY-MM-DD, or a second, YYYY-MM-DDThh:mm:ssZ, in UTC; each
 * covers every datestamp within it, as responses print datestamps to the second.
 */
record UtcDatetime(Instant start, Granularity granularity) {

    /** The repository's granularity, as Identify names it. */
    static final String FINEST = "YYYY-MM-DDThh:mm:ssZ";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    enum Granularity {
        DAY(Duration.ofDays(1)),
        SECOND(Duration.ofSeconds(1));

        private final Duration length;

        Granularity(Duration length) {
            this.length = length;
        }
    }

    /** The first moment after it. */
    Instant endExclusive() {
        return start.plus(granularity.length);
    }

    /** The argument, if it is a real day or second in one of the two forms (strictly: no 2024-02-30). */
    static Optional<UtcDatetime> parse(String value) {
        try {
            if (DAY.matcher(value).matches()) {
                return Optional.of(new UtcDatetime(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE)
                        .atStartOfDay().toInstant(ZoneOffset.UTC), Granularity.DAY));
            }
            if (SECOND.matcher(value).matches()) {
                return Optional.of(new UtcDatetime(LocalDateTime.parse(value.substring(0, value.length() - 1),
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC), Granularity.SECOND));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A datestamp or response date as the protocol prints it: to the second, in UTC (§3.3.2). */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
