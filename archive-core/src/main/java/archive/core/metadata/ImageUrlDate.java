package archive.core.metadata;

import archive.core.text.Months;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the upload date that media servers put in image paths: defense.gov uses
 * {@code /2024/Jul/22/}, many CMSs use {@code /2024/07/22/}.
 */
final class ImageUrlDate {

    /** The named-month form is defense.gov's media layout: uploaded for the story, usually that day. */
    static final double NAMED_MONTH_CONFIDENCE = 0.75;
    /** Numeric paths are generic CMS upload folders; the image may be older than the article. */
    static final double NUMERIC_MONTH_CONFIDENCE = 0.5;

    private static final Pattern PATH_DATE =
            Pattern.compile("/((?:19|20)\\d{2})/([A-Za-z]{3,9}|\\d{1,2})/(\\d{1,2})/");

    private ImageUrlDate() {
    }

    static Optional<MetadataField<LocalDate>> parse(String imageUrl) {
        Matcher m = PATH_DATE.matcher(imageUrl);
        if (!m.find()) {
            return Optional.empty();
        }
        String month = m.group(2);
        boolean named = Character.isLetter(month.charAt(0));
        OptionalInt monthNumber = named ? Months.number(month) : OptionalInt.of(Integer.parseInt(month));
        return DateLine.date(m.group(1), monthNumber, m.group(3)).map(date -> named
                ? MetadataField.extracted(date, NAMED_MONTH_CONFIDENCE, "image-url-path-date")
                : MetadataField.extracted(date, NUMERIC_MONTH_CONFIDENCE, "image-url-numeric-path-date"));
    }
}
