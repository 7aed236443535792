package archive.core.citation;

import archive.core.catalog.DocumentId;
import archive.core.metadata.catalog.FieldName;
import archive.core.metadata.catalog.PartialIsoDate;
import archive.core.storage.Sha256;
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

    /** The citation of one archived version; {@code source} is its accepted original, or null. */
    public static CitableDocument document(DocumentId documentId, int version, Map<FieldName, JsonNode> values,
            String archivedName, URI permalink, Instant archivedAt, Sha256 sha256, OriginalSource source) {
        return new CitableDocument(documentId, version, title(values, archivedName), authors(values), issued(values),
                text(values, FieldName.PUBLISHER), webAddress(values).orElse(null), permalink, archivedAt, sha256,
                source);
    }

    /** A rewrite's source: where it was published, or, when that is unknown, its copy in the archive. */
    public static OriginalSource source(Map<FieldName, JsonNode> values, String archivedName, URI permalink) {
        return new OriginalSource(title(values, archivedName), issued(values), text(values, FieldName.PUBLISHER),
                webAddress(values).orElse(permalink));
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
                .flatMap(PartialIsoDate::parse)
                .map(date -> new PartialDate(date.year(), date.month(), date.day()))
                .orElse(null);
    }

    private static String text(Map<FieldName, JsonNode> values, FieldName name) {
        JsonNode value = values.get(name);
        return value == null ? null : value.asText();
    }

    /** The stated source URL, when it is an address a citation can link to. */
    private static Optional<URI> webAddress(Map<FieldName, JsonNode> values) {
        String url = text(values, FieldName.SOURCE_URL);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(WebAddresses.requireHttp(new URI(url), "sourceUrl"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
