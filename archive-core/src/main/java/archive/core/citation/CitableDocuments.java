package archive.core.citation;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentNotFoundException;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.VersionNotFoundException;
import archive.core.metadata.catalog.DocumentMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Optional;

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
    private final SourceLinks sourceLinks;

    public CitableDocuments(Catalog catalog, DocumentMetadata metadata, SourceLinks sourceLinks) {
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
        return CitableFields.document(documentId, number, metadata.valuesAt(documentId, number),
                cited.originalFileName, permalink(webBase, documentId, number), cited.createdAt, cited.sha256,
                acceptedSource(documentId, webBase).orElse(null));
    }

    private Optional<OriginalSource> acceptedSource(String documentId, URI webBase) {
        return sourceLinks.acceptedSourceOf(documentId)
                .filter(sourceId -> !sourceId.equals(documentId))
                .flatMap(catalog::currentVersion)
                .map(source -> CitableFields.source(metadata.valuesAt(source.documentId, source.number),
                        source.originalFileName, permalink(webBase, source.documentId, source.number)));
    }

    /** The address of the web page of one exact version. */
    public static URI permalink(URI webBase, String documentId, int version) {
        return webBase.resolve("documents/" + documentId + "/versions/" + version);
    }
}
