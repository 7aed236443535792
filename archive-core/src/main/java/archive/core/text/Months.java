package archive.core.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** English month names and their usual abbreviations ("Jul", "Sept."), case-insensitive. */
public final class Months {

    private static final String[] FULL_NAMES = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };
    private static final Map<String, Integer> BY_NAME = byName();

    private Months() {
    }

    /** The month a name or abbreviation stands for (1-12), a trailing period allowed. */
    public static OptionalInt number(String word) {
        if (word.length() < 3 || word.length() > 10) {
            return OptionalInt.empty();
        }
        String key = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        Integer month = BY_NAME.get(key.toLowerCase(Locale.ROOT));
        return month == null ? OptionalInt.empty() : OptionalInt.of(month);
    }

    private static Map<String, Integer> byName() {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < FULL_NAMES.length; i++) {
            names.put(FULL_NAMES[i], i + 1);
            names.put(FULL_NAMES[i].substring(0, 3), i + 1);
        }
        names.put("sept", 9);
        return Map.copyOf(names);
    }
}
