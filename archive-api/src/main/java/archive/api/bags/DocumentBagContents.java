package archive.api.bags;

import archive.api.documents.EventJson;
import archive.api.metadata.MetadataJson;
import archive.core.bags.BagLayout;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.citation.CitableDocument;
import archive.core.citation.CitableDocuments;
import archive.core.citation.CitationFormat;
import archive.core.citation.CitationRequest;
import archive.core.citation.DocumentCitations;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.retrieval.TextRetrieval;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What a bag holds of one document, in {@link BagLayout}: every version's exact bytes, the metadata and events as the
 * API gives them, and the citation in three styles. A document's own bag holds it at the top of its payload, a
 * result-set bag once per document, in the document's folder.
 */
@ApplicationScoped
public class DocumentBagContents {

    /** The styles a bag carries the citation in: author–date, author–page and notes. */
    static final List<String> CITATION_STYLES = List.of("apa", "modern-language-association",
            "chicago-notes-bibliography");

    private final Catalog catalog;
    private final TextRetrieval texts;
    private final DocumentMetadata metadata;
    private final CitableDocuments citable;
    private final DocumentCitations citations;

    public DocumentBagContents(Catalog catalog, TextRetrieval texts, DocumentMetadata metadata,
            CitableDocuments citable, DocumentCitations citations) {
        this.catalog = catalog;
        this.texts = texts;
        this.metadata = metadata;
        this.citable = citable;
        this.citations = citations;
    }

    /**
     * @param folder where in the payload: "" or {@link BagLayout#documentFolder}
     * @param base   the archive's address, which citations and permalinks name
     */
    public void write(BagPayload payload, String folder, DocumentId documentId, URI base) {
        for (DocumentVersion version : catalog.versions(documentId)) {
            payload.add(folder + BagLayout.versionFile(version.number, fileName(version)),
                    texts.version(documentId, version.number).bytes());
        }
        payload.addJson(folder + BagLayout.METADATA, MetadataJson.of(metadata.snapshot(documentId)));
        payload.addJson(folder + BagLayout.EVENTS, catalog.events(documentId).stream().map(EventJson::of).toList());
        CitableDocument document = citable.of(documentId, Optional.empty(), base);
        for (String style : CITATION_STYLES) {
            List<String> entries = citations.citeWithOriginal(document, CitationRequest.of(style,
                    CitationFormat.TEXT));
            payload.add(folder + BagLayout.citationFile(style),
                    (String.join("\n", entries) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The name the version was uploaded with, unless it could not be a file name in the bag. */
    private static String fileName(DocumentVersion version) {
        String name = version.originalFileName;
        boolean usable = name != null && !name.isBlank() && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20);
        return usable ? name : "text.txt";
    }
}
