package archive.core.provenance.analysis;

import archive.core.text.Months;
import archive.core.text.TextSpan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar dates written in a text: "July 22-23, 2024", "22 July 2024", "2024-07-22". */
public final class DateMentions {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?(?!\\d),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    /** "September 22-23, " is the longest text a date puts before its year. */
    private static final int REGION_BEFORE_YEAR = 24;
    private static final int REGION_AFTER_YEAR = 6;

    private DateMentions() {
    }

    public static List<LocalDate> find(String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (TextSpan region : yearRegions(text)) {
            findIn(text.substring(region.start(), region.end()), dates);
        }
        return dates;
    }

    /**
     * Every written date ends (or, for ISO dates, starts) with a four-digit year; the regular expressions
     * only run on the few short regions around one, which keeps date reading off the look-up's profile.
     */
    private static List<TextSpan> yearRegions(String text) {
        List<TextSpan> regions = new ArrayList<>();
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isDigit(text.charAt(i))) {
                run++;
                continue;
            }
            if (run == 4) {
                int start = Math.max(0, i - 4 - REGION_BEFORE_YEAR);
                int end = Math.min(text.length(), i + REGION_AFTER_YEAR);
                if (!regions.isEmpty() && regions.get(regions.size() - 1).end() >= start) {
                    start = regions.remove(regions.size() - 1).start();
                }
                regions.add(new TextSpan(start, end));
            }
            run = 0;
        }
        return regions;
    }

    private static void findIn(String text, List<LocalDate> dates) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(4));
            int firstDay = Integer.parseInt(m.group(2));
            int lastDay = m.group(3) == null ? firstDay : Integer.parseInt(m.group(3));
            for (int day = firstDay; day <= lastDay && day - firstDay < 31; day++) {
                add(dates, year, month(m.group(1)), day);
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(dates, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(dates, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
    }

    /** The latest four-digit year the text mentions, or 0. */
    static int latestYear(String text) {
        int latest = 0;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest;
    }

    /** The month of a name the month pattern matched. */
    private static int month(String name) {
        return Months.number(name).orElseThrow();
    }

    private static void add(List<LocalDate> dates, int year, int month, int day) {
        try {
            dates.add(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            // "February 30" and similar: not a date, nothing to record.
        }
    }
}
