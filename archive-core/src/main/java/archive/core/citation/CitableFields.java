package archive.core.citation;

import archive.core.catalog.DocumentId;
import archive.core.metadata.ArticleKind;
import archive.core.metadata.catalog.FieldName;
import archive.core.storage.Sha256;
import archive.core.text.PartialDate;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Turns a version's metadata values (as the catalog keeps them, by {@link FieldName}) into what a citation needs.
 * Nothing is invented: a missing value stays missing, except that a document without a title of its own is cited
 * by the name it was archived under.
 */
public final class CitableFields {

    private CitableFields() {
    }

    /**
     * The citation of one archived version; {@code source} is its accepted original, or null. A date in doubt (see
     * {@link archive.core.metadata.catalog.DocumentMetadata#publicationDateInDoubt}) is left out, so styles print
     * "n.d." rather than a date the archive itself questions.
     */
    public static CitableDocument document(DocumentId documentId, int version, Map<FieldName, JsonNode> values,
            boolean dateInDoubt, String archivedName, URI permalink, Instant archivedAt, Sha256 sha256,
            OriginalSource source) {
        return new CitableDocument(documentId, version, title(values, archivedName), authors(values),
                dateInDoubt ? null : issued(values), text(values, FieldName.PUBLISHER), ownAddress(values).orElse(null),
                permalink, archivedAt, sha256, source);
    }

    /** A rewrite's source: where it was published, or, when that is unknown, its copy in the archive. */
    public static OriginalSource source(AcceptedSource accepted, Map<FieldName, JsonNode> values, boolean dateInDoubt,
            String archivedName, URI permalink, Instant archivedAt) {
        return new OriginalSource(title(values, archivedName), dateInDoubt ? null : issued(values),
                text(values, FieldName.PUBLISHER), ownAddress(values).orElse(permalink),
                new DocumentId(accepted.sourceId()), permalink, archivedAt, accepted.status());
    }

    private static String title(Map<FieldName, JsonNode> values, String archivedName) {
        String title = text(values, FieldName.TITLE);
        return title != null ? title : archivedName;
    }

    private static List<String> authors(Map<FieldName, JsonNode> values) {
        JsonNode names = values.get(FieldName.AUTHORS);
        return names == null ? List.of()
                : StreamSupport.stream(names.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static PartialDate issued(Map<FieldName, JsonNode> values) {
        return Optional.ofNullable(text(values, FieldName.PUBLICATION_DATE))
                .flatMap(PartialDate::parse)
                .orElse(null);
    }

    private static String text(Map<FieldName, JsonNode> values, FieldName name) {
        JsonNode value = values.get(name);
        return value == null ? null : value.asText();
    }

    /**
     * Where the document itself was published, when it is an address a citation can link to. The catalog's sourceUrl
     * is where the text was found; a rewrite's is the page it credits (its source), which is not the rewrite's
     * address, so a rewrite is cited by its archived copy.
     */
    private static Optional<URI> ownAddress(Map<FieldName, JsonNode> values) {
        String url = text(values, FieldName.SOURCE_URL);
        if (url == null || ArticleKind.REWRITE.code().equals(text(values, FieldName.KIND))) {
            return Optional.empty();
        }
        try {
            return Optional.of(WebAddresses.requireHttp(new URI(url), "sourceUrl"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
