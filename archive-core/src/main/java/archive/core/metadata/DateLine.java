package archive.core.metadata;

import archive.core.text.Months;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a line that consists of nothing but a date, as web pages print it above an article:
 * "DECEMBER 9, 2022", "Monday, Dec. 9, 2022", "9 December 2022", "2022-12-09",
 * optionally labelled "Published:" / "Posted on" / "Updated:".
 */
final class DateLine {

    private static final int MAX_LENGTH = 60;
    private static final String LABEL = "(?:(?:published|posted|updated|date)(?:\\s+on)?:?\\s+)?";
    private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)" + LABEL + WEEKDAY + "([a-z]{3,9}\\.?)\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)" + LABEL + WEEKDAY + "(\\d{1,2})\\s+([a-z]{3,9}\\.?),?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile(
            "(?i)" + LABEL + "(\\d{4})-(\\d{2})-(\\d{2})");

    private DateLine() {
    }

    static Optional<LocalDate> parse(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.matches()) {
            return date(m.group(3), Months.number(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.matches()) {
            return date(m.group(3), Months.number(m.group(2)), m.group(1));
        }
        m = ISO.matcher(line);
        if (m.matches()) {
            return date(m.group(1), OptionalInt.of(Integer.parseInt(m.group(2))), m.group(3));
        }
        return Optional.empty();
    }

    /** Builds a date from parsed parts; impossible dates (month 13, Feb 30) yield nothing. */
    static Optional<LocalDate> date(String year, OptionalInt month, String day) {
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month.getAsInt(), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
