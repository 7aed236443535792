package archive.core.provenance.analysis;

import java.time.LocalDate;

/**
 * When a document was published, if known, and whether that date may be used to decide direction (a
 * source must not postdate its derivative). Date lines of copies are often wrong ("DECEMBER 9, 2022" on
 * a 2024 story), so a date contradicted by the text is kept but not trusted.
 */
public record PublicationDate(LocalDate date, boolean trusted) {

    public static final PublicationDate UNKNOWN = new PublicationDate(null, false);

    public static PublicationDate trustedOn(LocalDate date) {
        return new PublicationDate(date, true);
    }

    public boolean isTrusted() {
        return date != null && trusted;
    }
}
