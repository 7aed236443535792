package archive.core.citation;

import archive.core.catalog.DocumentId;
import archive.core.storage.Sha256;
import archive.core.text.PartialDate;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to cite one archived version of a document.
 *
 * @param documentId     archive document id
 * @param version        version number within the document, from 1
 * @param title          the article's title
 * @param authors        personal names as written ("Jim Garamone"); may be empty
 * @param issued         publication date, or null when unknown
 * @param siteName       the publishing site, e.g. "U.S. Department of Defense" or "Example News"; null when unknown
 * @param sourceUrl      where the article was originally published, or null when unknown
 * @param permalink      the archive's permalink of this exact version
 * @param archivedAt     when the archive captured this version
 * @param sha256         SHA-256 of the archived content
 * @param originalSource for a rewrite, its confirmed defense.gov original; otherwise null
 */
public record CitableDocument(
        DocumentId documentId,
        int version,
        String title,
        List<String> authors,
        PartialDate issued,
        String siteName,
        URI sourceUrl,
        URI permalink,
        Instant archivedAt,
        Sha256 sha256,
        OriginalSource originalSource) {

    public CitableDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sha256, "sha256");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1: " + version);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        Objects.requireNonNull(archivedAt, "archivedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
        WebAddresses.requireHttpOrNull(sourceUrl, "sourceUrl");
        WebAddresses.requireHttp(permalink, "permalink");
    }

    public Optional<OriginalSource> original() {
        return Optional.ofNullable(originalSource);
    }

    /** The address a reader should follow: the original publication where known, else our copy. */
    public URI preferredUrl() {
        return sourceUrl != null ? sourceUrl : permalink;
    }

    /** The capture day in UTC; styles print it as the access/retrieval date. */
    public LocalDate archivedOn() {
        return LocalDate.ofInstant(archivedAt, ZoneOffset.UTC);
    }
}
