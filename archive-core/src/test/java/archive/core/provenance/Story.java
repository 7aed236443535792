package archive.core.provenance;

import java.time.LocalDate;
import java.util.Map;

/** The facts of one synthetic news event; articles about it are rendered by {@link StoryWriter}. */
record Story(int number, String eventType, LocalDate date, String lead, String leadLast, String second,
             String secondLast, String partner, String partnerOfficial, String place, String system, String unit,
             String command, String exercise, String topic, int troops, int millions) {

    /** Slot values for sentence templates. */
    Map<String, String> slots() {
        return Map.ofEntries(
                Map.entry("lead", lead), Map.entry("leadLast", leadLast), Map.entry("second", second),
                Map.entry("secondLast", secondLast), Map.entry("partner", partner),
                Map.entry("Partner", Character.toUpperCase(partner.charAt(0)) + partner.substring(1)),
                Map.entry("partnerOfficial", partnerOfficial),
                Map.entry("partnerLast", partnerOfficial.substring(partnerOfficial.lastIndexOf(' ') + 1)),
                Map.entry("place", place), Map.entry("system", system), Map.entry("unit", unit),
                Map.entry("command", command), Map.entry("exercise", exercise), Map.entry("topic", topic),
                Map.entry("troops", String.format("%,d", troops)), Map.entry("money", money()),
                Map.entry("weekday", CorpusVocabulary.WEEKDAYS.get(date.getDayOfWeek().getValue() % 5)),
                Map.entry("year", Integer.toString(date.getYear())),
                Map.entry("prevYear", Integer.toString(date.getYear() - 1 - number % 3)),
                Map.entry("nextMonth", date.plusMonths(1 + number % 4).getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.US)),
                Map.entry("count", Integer.toString(3 + number % 17)),
                Map.entry("percent", Integer.toString(4 + number % 23)));
    }

    private String money() {
        return millions >= 1000 ? String.format("$%.1f billion", millions / 1000.0) : "$" + millions + " million";
    }
}
