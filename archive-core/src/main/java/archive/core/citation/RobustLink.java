package archive.core.citation;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The data of a Robust Link (https://robustlinks.mementoweb.org/spec/): a link that
 * carries both the original address and the archived version's address and date, so a
 * reader can fall back to the other when one stops resolving.
 *
 * @param originalUrl where the page was published, or null when unknown
 * @param versionUrl  the archive's permalink of the cited version
 * @param versionDate when that version was archived
 */
public record RobustLink(URI originalUrl, URI versionUrl, LocalDate versionDate) {

    public RobustLink {
        Objects.requireNonNull(versionUrl, "versionUrl");
        Objects.requireNonNull(versionDate, "versionDate");
    }

    public static RobustLink of(CitableDocument document) {
        return new RobustLink(document.sourceUrl(), document.permalink(), document.archivedOn());
    }
}
