package archive.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that may be known only to the year or the month, as news pages' publication dates often are: kept in the
 * metadata as ISO 8601 at the precision that is known ("2024-07-22", "2024-07", "2024"), cited as CSL date-parts.
 * {@code month} and {@code day} are null when unknown; a day is never known without its month.
 */
public record PartialDate(int year, Integer month, Integer day) {

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        // Let java.time reject impossible dates such as 2024-02-30.
        LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The date written in ISO 8601 at its precision, or empty when it is malformed or impossible (2024-02-30). */
    public static Optional<PartialDate> parse(String text) {
        Matcher iso = ISO.matcher(text);
        if (!iso.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(iso.group(1)),
                    iso.group(2) == null ? null : Integer.valueOf(iso.group(2)),
                    iso.group(3) == null ? null : Integer.valueOf(iso.group(3))));
        } catch (DateTimeException | IllegalArgumentException impossible) {
            return Optional.empty();
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate of(YearMonth yearMonth) {
        return new PartialDate(yearMonth.getYear(), yearMonth.getMonthValue(), null);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    /** The CSL "date-parts" of this date: [year], [year, month] or [year, month, day]. */
    public int[] dateParts() {
        if (month == null) {
            return new int[] {year};
        }
        return day == null ? new int[] {year, month} : new int[] {year, month, day};
    }

    /** The first day the date can mean: enough to compare its year with the years a text reports. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** ISO 8601 at the known precision: 2024, 2024-07 or 2024-07-22. */
    public String toIsoString() {
        return joined("-");
    }

    /**
     * Joins the known parts, zero-padded, with {@code separator}.
     * RIS wants "2024/07/22", ISO wants "2024-07-22".
     */
    public String joined(String separator) {
        StringBuilder out = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            out.append(separator).append(String.format("%02d", month));
        }
        if (day != null) {
            out.append(separator).append(String.format("%02d", day));
        }
        return out.toString();
    }
}
