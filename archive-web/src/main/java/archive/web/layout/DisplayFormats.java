package archive.web.layout;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write times, dates and sizes; UTC throughout, as the event log records them. */
@TemplateExtension
public final class DisplayFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DisplayFormats() {
    }

    /** "22 Jul 2024, 14:03 UTC". */
    static String display(Instant instant) {
        return TIME.format(instant);
    }

    /** Machine-readable form for &lt;time datetime&gt;. */
    static String iso(Instant instant) {
        return instant.toString();
    }

    /** "22 July 2024". */
    static String display(LocalDate date) {
        return DAY.format(date);
    }

    /** "2.7 kB" (decimal units, as file managers show them). */
    public static String bytes(long size) {
        if (size < 1000) {
            return size + (size == 1 ? " byte" : " bytes");
        }
        String[] units = {"kB", "MB", "GB"};
        double value = size;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ENGLISH, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
