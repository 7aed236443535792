package archive.api.bags;

import archive.api.openapi.OpenApiNames;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
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

    private final Catalog catalog;
    private final DocumentBagContents contents;
    private final BagPackager packager;

    public DocumentBagResource(Catalog catalog, DocumentBagContents contents, BagPackager packager) {
        this.catalog = catalog;
        this.contents = contents;
        this.packager = packager;
    }

    @GET
    @Produces(BagPackager.ZIP)
    @Operation(summary = "The document as a zipped BagIt bag (RFC 8493)", description = "Payload: "
            + "`data/versions/v<n>/<original file name>` with every version's exact bytes, `data/metadata.json` (as "
            + "GET …/metadata gives it), `data/events.json` (the PREMIS-style events, as GET …/events gives them) and "
            + "`data/citations/<style>.txt` in APA, MLA and Chicago. `bag-info.txt` names the archive "
            + "(Source-Organization, from ARCHIVE_NAME), the Bagging-Date, the document id (External-Identifier) and "
            + "the Payload-Oxum; SHA-256 and SHA-512 payload and tag manifests. Written with bagit-java; POST "
            + "/api/v1/imports takes it back.")
    @APIResponse(responseCode = "200", description = "The bag, zipped under one directory named by the document "
            + "id.", content = @Content(mediaType = BagPackager.ZIP,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public Response bag(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        catalog.require(documentId);
        URI base = uri.getBaseUri();
        return packager.respond(id, payload -> contents.write(payload, "", documentId, base));
    }
}
