package archive.core.provenance.analysis;

import archive.core.text.DefenseAddresses;
import archive.core.text.TextSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Infers a publication date from the text when the archive has no better metadata: the date path of a
 * defense.gov media URL (trusted: it is set by the publisher), or a date line at the top of the page
 * (trusted only if the text mentions no later year).
 */
public final class PublicationDates {

    private static final int DATE_LINE_SEARCH = 3;
    private static final int MAX_DATE_LINE_LENGTH = 40;

    private PublicationDates() {
    }

    public static PublicationDate infer(String text) {
        Optional<LocalDate> media = DefenseAddresses.mediaPathDate(text);
        if (media.isPresent()) {
            return PublicationDate.trustedOn(media.get());
        }
        String folded = TextFolding.fold(text);
        List<TextSpan> lines = SentenceSplitter.lines(folded);
        for (int i = 0; i < Math.min(DATE_LINE_SEARCH, lines.size()); i++) {
            String line = folded.substring(lines.get(i).start(), lines.get(i).end());
            List<LocalDate> dates = DateMentions.find(line);
            if (line.length() <= MAX_DATE_LINE_LENGTH && dates.size() == 1) {
                LocalDate date = dates.get(0);
                return new PublicationDate(date, DateMentions.latestYear(folded) <= date.getYear());
            }
        }
        return PublicationDate.UNKNOWN;
    }
}
