package archive.core.metadata.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as the metadata keeps it: ISO 8601 at the precision that is known, "2024-07-22", "2024-07" or
 * "2024". {@code month} and {@code day} are null when unknown.
 */
public record PartialIsoDate(int year, Integer month, Integer day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The date written this way, or empty when it is malformed or impossible (2024-02-30, 2024-13). */
    public static Optional<PartialIsoDate> parse(String text) {
        Matcher iso = ISO.matcher(text);
        if (!iso.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(iso.group(1));
        Integer month = iso.group(2) == null ? null : Integer.valueOf(iso.group(2));
        Integer day = iso.group(3) == null ? null : Integer.valueOf(iso.group(3));
        try {
            LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialIsoDate(year, month, day));
    }

    /** The first day the date can mean: enough to compare its year with the years a text reports. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }
}
