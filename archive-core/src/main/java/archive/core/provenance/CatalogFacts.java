package archive.core.provenance;

import archive.core.metadata.ArticleKind;
import archive.core.metadata.catalog.CurrentMetadata;
import archive.core.metadata.catalog.FieldName;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.analysis.PublicationDate;
import archive.core.provenance.analysis.PublicationDates;
import archive.core.text.PartialDate;
import archive.core.vocabulary.Codes;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the catalog knows of an archived document that decides its links: its own address (a defense.gov / .mil one
 * marks an authoritative original), a publication date that may be trusted, and for a rewrite the address it
 * credits as its source. Made from the
 * current metadata, so a librarian's correction wins over what extraction found.
 *
 * @param url         the document's own address, or null when the catalog does not know it
 * @param trustedDate the publication day the catalog vouches for, or null (then the text's own date line is read)
 * @param creditedUrl the address of the source a rewrite was taken from (its credit line, as extracted or as a
 *                    librarian corrected it), or null
 */
public record CatalogFacts(String url, LocalDate trustedDate, String creditedUrl) {

    /** A text the catalog knows nothing about: everything is read from the text itself. */
    public static final CatalogFacts NONE = new CatalogFacts(null, null, null);

    /** The fields the facts come from: a correction of any of them changes the document's provenance. */
    public static final Set<FieldName> FIELDS = Set.copyOf(EnumSet.of(FieldName.PUBLICATION_DATE,
            FieldName.SOURCE_URL, FieldName.KIND));

    public static CatalogFacts of(CurrentMetadata metadata) {
        Optional<ArticleKind> kind = metadata.field(FieldName.KIND)
                .flatMap(field -> Codes.find(ArticleKind.class, field.value.asText()));
        return new CatalogFacts(sourceUrlIf(metadata, kind, ArticleKind.ORIGINAL).orElse(null),
                trustedDate(metadata).orElse(null), sourceUrlIf(metadata, kind, ArticleKind.REWRITE).orElse(null));
    }

    /** The provenance document of this text with these facts. */
    public Document document(String id, String text) {
        return new Document(id, text, url,
                trustedDate == null ? PublicationDates.infer(text) : PublicationDate.trustedOn(trustedDate),
                creditedUrl);
    }

    /**
     * sourceUrl is "the address the text was originally found on". For an original that is the document's own
     * address; a rewrite's sourceUrl is the address of the source it credits, so taking it as the rewrite's own would
     * make the rewrite look like that (often defense.gov) original, and it is the rewrite's credit instead. Without
     * a kind, whose address it is is unknown.
     */
    private static Optional<String> sourceUrlIf(CurrentMetadata metadata, Optional<ArticleKind> kind,
            ArticleKind wanted) {
        if (kind.isEmpty() || kind.get() != wanted) {
            return Optional.empty();
        }
        return metadata.field(FieldName.SOURCE_URL).map(field -> field.value.asText());
    }

    /** A date not in doubt ({@link CurrentMetadata#publicationDateInDoubt}); only a full day orders two documents. */
    private static Optional<LocalDate> trustedDate(CurrentMetadata metadata) {
        return metadata.field(FieldName.PUBLICATION_DATE)
                .filter(field -> !metadata.publicationDateInDoubt())
                .flatMap(field -> PartialDate.parse(field.value.asText()))
                .filter(date -> date.day() != null)
                .map(PartialDate::firstDay);
    }
}
