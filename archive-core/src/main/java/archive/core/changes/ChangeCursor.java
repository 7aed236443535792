package archive.core.changes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the change feed: the change served last, named by the transaction that recorded it and its event id
 * (the feed's order). Clients treat it as opaque; written {@code <transaction>.<event>}.
 */
public record ChangeCursor(long transaction, long event) {

    private static final Pattern WRITTEN = Pattern.compile("([0-9]{1,19})\\.([0-9]{1,19})");

    /** The cursor as written, or {@link InvalidChangeCursorException} for anything no cursor looks like. */
    public static ChangeCursor parse(String written) {
        Matcher parts = WRITTEN.matcher(written);
        if (parts.matches()) {
            try {
                return new ChangeCursor(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2)));
            } catch (NumberFormatException e) {
                // beyond a long: reported below
            }
        }
        throw InvalidChangeCursorException.malformed(written);
    }

    @Override
    public String toString() {
        return transaction + "." + event;
    }
}
