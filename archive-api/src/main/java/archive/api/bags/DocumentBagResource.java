package archive.api.bags;

import archive.api.documents.EventJson;
import archive.api.metadata.MetadataJson;
import archive.api.openapi.OpenApiNames;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A document as a BagIt bag, for another repository to take in: every version's bytes and what is known of it. */
@Path("/api/v1/documents/{documentId}/bag")
@Tag(name = OpenApiNames.BAGS)
public class DocumentBagResource {

    /** The styles a bag carries the citation in: author–date, author–page and notes. */
    static final List<String> CITATION_STYLES = List.of("apa", "modern-language-association",
            "chicago-notes-bibliography");

    private final Catalog catalog;
    private final TextRetrieval texts;
    private final DocumentMetadata metadata;
    private final CitableDocuments citable;
    private final DocumentCitations citations;
    private final BagPackager packager;

    public DocumentBagResource(Catalog catalog, TextRetrieval texts, DocumentMetadata metadata,
            CitableDocuments citable, DocumentCitations citations, BagPackager packager) {
        this.catalog = catalog;
        this.texts = texts;
        this.metadata = metadata;
        this.citable = citable;
        this.citations = citations;
        this.packager = packager;
    }

    @GET
    @Produces(BagPackager.ZIP)
    @Operation(summary = "The document as a zipped BagIt bag (RFC 8493)", description = "Payload: "
            + "`data/versions/v<n>/<original file name>` with every version's exact bytes, `data/metadata.json` (as "
            + "GET …/metadata gives it), `data/events.json` (the PREMIS-style events, as GET …/events gives them) and "
            + "`data/citations/<style>.txt` in APA, MLA and Chicago. `bag-info.txt` names the archive "
            + "(Source-Organization, from ARCHIVE_NAME), the Bagging-Date, the document id (External-Identifier) and "
            + "the Payload-Oxum; SHA-256 and SHA-512 payload and tag manifests. Written with bagit-java.")
    @APIResponse(responseCode = "200", description = "The bag, zipped under one directory named by the document "
            + "id.", content = @Content(mediaType = BagPackager.ZIP,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public Response bag(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        catalog.require(documentId);
        BagPayload payload = packager.payload();
        for (DocumentVersion version : catalog.versions(documentId)) {
            payload.add("versions/v" + version.number + "/" + fileName(version),
                    texts.version(documentId, version.number).bytes());
        }
        payload.addJson("metadata.json", MetadataJson.of(metadata.snapshot(documentId)));
        payload.addJson("events.json", catalog.events(documentId).stream().map(EventJson::of).toList());
        CitableDocument document = citable.of(documentId, Optional.empty(), uri.getBaseUri());
        for (String style : CITATION_STYLES) {
            List<String> entries = citations.citeWithOriginal(document, CitationRequest.of(style,
                    CitationFormat.TEXT));
            payload.add("citations/" + style + ".txt",
                    (String.join("\n", entries) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return packager.respond(id, payload);
    }

    /** The name the version was uploaded with, unless it could not be a file name in the bag. */
    private static String fileName(DocumentVersion version) {
        String name = version.originalFileName;
        boolean usable = name != null && !name.isBlank() && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20);
        return usable ? name : "text.txt";
    }
}
