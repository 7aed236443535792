package archive.core.citation;

import archive.core.config.ArchiveConfig;
import archive.core.text.PartialDate;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;

/**
 * Maps an archived document to CSL item data.
 *
 * <p>Type {@code webpage}: APA 7 cites articles on web-only news sites and government sites
 * as webpages (site name after the title, not italic newspaper), MLA prints "Originally
 * published as …" only for non-serial types (not for {@code article-newspaper}), and Chicago
 * prints it for both. The site goes into {@code container-title} only: also setting
 * {@code publisher} makes APA, MLA and Harvard print the site twice.
 *
 * <p>A rewrite's source goes into {@code original-title}, {@code original-date} and
 * {@code original-publisher}; APA then appends "(Original work published as <i>Title</i>,
 * 2024, U.S. Department of Defense)". CSL has no variable for the original's URL, so a
 * citation that must show it cites both items (see {@link #toSourceItem}).
 */
@ApplicationScoped
public class CslItemMapper {

    /** The name styles print as the holding archive (CSL {@code archive}); empty: the site's host name. */
    private final Optional<String> archiveName;

    /** For tools and tests: the archive is named by the host its permalinks are on. */
    public CslItemMapper() {
        this(Optional.empty());
    }

    @Inject
    public CslItemMapper(ArchiveConfig config) {
        this(config.name());
    }

    public CslItemMapper(Optional<String> archiveName) {
        this.archiveName = archiveName.map(String::strip).filter(name -> !name.isEmpty());
    }

    /**
     * The archive's name as a citation prints it: {@code ARCHIVE_NAME}, else the host readers reach it at (the host
     * of the version's permalink, e.g. "archive.example.org"), which a reader can look up.
     */
    String archiveName(CitableDocument document) {
        return archiveName.orElseGet(() -> document.permalink().getHost());
    }

    /** Stable CSL item id of one archived version. */
    public static String itemId(CitableDocument document) {
        return document.documentId() + "-v" + document.version();
    }

    /** Stable CSL item id of a version's original source. */
    public static String sourceItemId(CitableDocument document) {
        return itemId(document) + "-original";
    }

    public CSLItemData toItem(CitableDocument document) {
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(itemId(document))
                .type(CSLType.WEBPAGE)
                .title(document.title())
                .containerTitle(document.siteName())
                .URL(document.preferredUrl().toString())
                .archive(archiveName(document))
                .archiveLocation(archiveLocation(document))
                .accessed(toCslDate(PartialDate.of(document.archivedOn())));
        // Omitted rather than empty, so the CSL-JSON export carries no "author": [].
        if (!document.authors().isEmpty()) {
            item.author(document.authors().stream().map(PersonNames::parse).toArray(CSLName[]::new));
        }
        if (document.issued() != null) {
            item.issued(toCslDate(document.issued()));
        }
        document.original().ifPresent(original -> {
            item.originalTitle(original.title()).originalPublisher(original.publisher());
            if (original.issued() != null) {
                item.originalDate(toCslDate(original.issued()));
            }
        });
        return item.build();
    }

    /**
     * The original a rewrite was derived from, as an item of its own, for the "cite both" form.
     *
     * @throws IllegalArgumentException if the document has no confirmed original
     */
    public CSLItemData toSourceItem(CitableDocument document) {
        OriginalSource original = document.original().orElseThrow(
                () -> new IllegalArgumentException(itemId(document) + " has no original source"));
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(sourceItemId(document))
                .type(CSLType.WEBPAGE)
                .title(original.title())
                .containerTitle(original.publisher())
                .URL(original.url().toString())
                .archive(archiveName(document));
        // Where the archive keeps the original, unless that already is the URL printed.
        if (!original.url().equals(original.permalink())) {
            item.archiveLocation(original.permalink().toString());
        }
        if (original.issued() != null) {
            item.issued(toCslDate(original.issued()));
        }
        return item.build();
    }

    /**
     * Fixity first, then the version's permalink. The hash leads because Chicago capitalizes
     * the first letter of {@code archive_location} ("Http://…"). The permalink is left out
     * when it already is the item's URL, so that it is not printed twice.
     */
    private static String archiveLocation(CitableDocument document) {
        String fixity = "SHA-256 " + document.sha256();
        URI permalink = document.permalink();
        return permalink.equals(document.preferredUrl()) ? fixity : fixity + ", " + permalink;
    }

    private static CSLDate toCslDate(PartialDate date) {
        return new CSLDateBuilder().dateParts(date.dateParts()).build();
    }
}
