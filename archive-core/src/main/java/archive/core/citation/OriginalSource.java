package archive.core.citation;

import archive.core.catalog.DocumentId;
import archive.core.provenance.LinkStatus;
import archive.core.text.PartialDate;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The accepted original (a defense.gov page) that a rewritten article was derived from, and its copy in the archive.
 *
 * @param title      the original's title
 * @param issued     the original's publication date, or null when unknown or in doubt
 * @param publisher  who published the original, e.g. "U.S. Department of Defense", or null when unknown
 * @param url        where the original was published; its archived copy when that is unknown
 * @param documentId the original's document in the archive
 * @param permalink  the archive's permalink of the original's current version
 * @param archivedAt when that version was archived
 * @param status     how the link was accepted: confirmed by a librarian, or automatically
 */
public record OriginalSource(String title, PartialDate issued, String publisher, URI url, DocumentId documentId,
        URI permalink, Instant archivedAt, LinkStatus status) {

    public OriginalSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(archivedAt, "archivedAt");
        Objects.requireNonNull(status, "status");
        WebAddresses.requireHttp(url, "url");
        WebAddresses.requireHttp(permalink, "permalink");
    }

    /** The Robust Link of the original: its published address, with the archived version to fall back to. */
    public RobustLink robustLink() {
        return new RobustLink(url, permalink, LocalDate.ofInstant(archivedAt, ZoneOffset.UTC));
    }
}
