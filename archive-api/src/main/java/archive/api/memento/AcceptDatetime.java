package archive.api.memento;

import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The Accept-Datetime request header (RFC 7089 §2.1.1): an RFC 1123 date in GMT, or absent. */
final class AcceptDatetime {

    static final String HEADER = "Accept-Datetime";

    private AcceptDatetime() {
    }

    static Optional<Instant> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            ZonedDateTime moment = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            if (value.endsWith(" GMT") && moment.getOffset().equals(ZoneOffset.UTC)) {
                return Optional.of(moment.toInstant());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new RequestProblemException(ProblemType.MALFORMED_ACCEPT_DATETIME, "Accept-Datetime must be an RFC "
                + "1123 date in GMT, such as 'Tue, 23 Jul 2024 12:00:00 GMT', not '" + excerpt(value)
                + "'; leave it out for the latest version.");
    }

    private static String excerpt(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
