package archive.core.citation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A publication date that may be known only to the year or the month, as news pages often are.
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
