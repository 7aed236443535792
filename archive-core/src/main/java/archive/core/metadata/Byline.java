package archive.core.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from a byline such as "By Jim Garamone, DOD News" or
 * "Written by Jane Doe and John Roe". Affiliations after the names are dropped.
 */
final class Byline {

    private static final int MAX_LENGTH = 150;
    private static final Pattern BYLINE = Pattern.compile("(?i)(?:by|written by|authors?:)\\s+(.+)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|&|;|\\band\\b)\\s*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    /** Words that make a capitalised phrase an organisation rather than a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "News", "Press", "Staff", "Service", "Media", "Office", "Department", "Agency",
            "Reporter", "Writer", "Correspondent", "Editor", "Desk", "Team");

    private Byline() {
    }

    /** The names in a byline line, or empty when the line is not a byline of people. */
    static Optional<List<String>> parse(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(m.group(1).strip())) {
            if (isPersonName(part)) {
                names.add(part);
            } else if (names.isEmpty()) {
                return Optional.empty(); // "By the way, ..." is prose, not a byline
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    private static boolean isPersonName(String part) {
        String[] words = part.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() || ORGANISATION_WORDS.contains(word) || isAcronym(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 3 && word.chars().allMatch(Character::isUpperCase);
    }
}
