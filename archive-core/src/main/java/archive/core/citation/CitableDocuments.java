package archive.core.citation;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentNotFoundException;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.VersionNotFoundException;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.FieldName;
import archive.core.metadata.catalog.PartialIsoDate;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Assembles what a citation of one archived version needs from the catalog: the version's metadata (librarians'
 * corrections first), its checksum, archive date and permalink, and, for a rewrite with an accepted source, that
 * source's title, date, publisher and address.
 */
@ApplicationScoped
@Transactional
public class CitableDocuments {

    private final Catalog catalog;
    private final DocumentMetadata metadata;
    private final Instance<SourceLinks> sourceLinks;

    public CitableDocuments(Catalog catalog, DocumentMetadata metadata, Instance<SourceLinks> sourceLinks) {
        this.catalog = catalog;
        this.metadata = metadata;
        this.sourceLinks = sourceLinks;
    }

    /**
     * @param version the version to cite; empty for the current one
     * @param webBase the web UI's base address: a version's permalink is {@code <webBase>documents/{id}/versions/{n}}
     */
    public CitableDocument of(String documentId, Optional<Integer> version, URI webBase) {
        Document document = catalog.document(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        int number = version.orElse(document.currentVersion);
        DocumentVersion cited = catalog.version(documentId, number)
                .orElseThrow(() -> new VersionNotFoundException(documentId, number, document.currentVersion));
        Map<FieldName, JsonNode> values = metadata.valuesAt(documentId, number);
        return new CitableDocument(documentId, number, title(values, cited), authors(values), issued(values),
                text(values, FieldName.PUBLISHER), webAddress(values), permalink(webBase, cited), cited.createdAt,
                cited.sha256, acceptedSource(documentId, webBase).orElse(null));
    }

    private Optional<OriginalSource> acceptedSource(String documentId, URI webBase) {
        if (!sourceLinks.isResolvable()) {
            return Optional.empty();
        }
        return sourceLinks.get().acceptedSourceOf(documentId)
                .filter(sourceId -> !sourceId.equals(documentId))
                .flatMap(catalog::currentVersion)
                .map(source -> {
                    Map<FieldName, JsonNode> values = metadata.valuesAt(source.documentId, source.number);
                    URI address = webAddress(values);
                    return new OriginalSource(title(values, source), issued(values),
                            text(values, FieldName.PUBLISHER), address != null ? address : permalink(webBase, source));
                });
    }

    /** The address of the web page of one exact version. */
    public static URI permalink(URI webBase, DocumentVersion version) {
        return webBase.resolve("documents/" + version.documentId + "/versions/" + version.number);
    }

    /** A document without a title of its own is cited by the name it was archived under. */
    private static String title(Map<FieldName, JsonNode> values, DocumentVersion version) {
        String title = text(values, FieldName.TITLE);
        return title != null ? title : version.originalFileName;
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
    private static URI webAddress(Map<FieldName, JsonNode> values) {
        String url = text(values, FieldName.SOURCE_URL);
        if (url == null) {
            return null;
        }
        try {
            return WebAddresses.requireHttp(new URI(url), "sourceUrl");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
