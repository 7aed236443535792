package archive.api.metadata;

import archive.api.openapi.OpenApiNames;
import archive.core.account.Roles;
import archive.core.catalog.DocumentId;
import archive.core.metadata.catalog.CorrectionPatch;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataCorrections;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A document's metadata: every field with its origin and confidence, librarians' corrections and their history. */
@Path("/api/v1/documents/{documentId}/metadata")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.METADATA)
public class MetadataResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String PATCH_EXAMPLE = """
            {"publicationDate": "2024-12-09", "authors": ["Jim Garamone"], "dateline": null}""";

    private final DocumentMetadata metadata;
    private final MetadataCorrections corrections;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public MetadataResource(DocumentMetadata metadata, MetadataCorrections corrections, ObjectMapper json,
            SecurityIdentity identity) {
        this.metadata = metadata;
        this.corrections = corrections;
        this.json = json;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every metadata field with its value, origin, confidence and rule, and the flags raised")
    @APIResponse(responseCode = "200", description = "The metadata: `fields` names every known field, null where "
            + "the document has no value for it.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public MetadataJson get(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id) {
        return MetadataJson.of(metadata.snapshot(new DocumentId(id)));
    }

    /** A JSON merge patch (RFC 7396) of the fields to correct; each accepted patch is a new metadata version. */
    @PATCH
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Correct metadata fields (JSON merge patch)", description = "Each member sets that field "
            + "(`null` removes its value); fields not named stay as they are. Every accepted correction is a new "
            + "metadata version and a new OCFL version of the document whose metadata.json carries the "
            + "corrections; the previous values stay in the history. A corrected field is never overwritten by the "
            + "extraction of a later text version.")
    @APIResponse(responseCode = "200", description = "The metadata after the correction.")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object, names an unknown field, or "
            + "gives a field a value it cannot take (a date that does not exist, a relative URL …).")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Another change to the document was archived at the same "
            + "moment; send the correction again.")
    public MetadataJson correct(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @RequestBody(required = true, content = {
                @Content(mediaType = MERGE_PATCH, schema = @Schema(ref = OpenApiNames.METADATA_PATCH),
                        example = PATCH_EXAMPLE),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = OpenApiNames.METADATA_PATCH),
                        example = PATCH_EXAMPLE)
            }) String body) throws JsonProcessingException {
        CorrectionPatch patch = CorrectionPatch.parse(json.readTree(body == null ? "" : body));
        return MetadataJson.of(corrections.correct(new DocumentId(id), patch, identity.getPrincipal().getName()));
    }

    @GET
    @Path("history")
    @Operation(summary = "Every metadata correction, oldest first")
    @APIResponse(responseCode = "200", description = "Who changed which field from what to what, when, in which "
            + "metadata and OCFL version.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public List<CorrectionJson> history(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID)
            String id) {
        return metadata.history(new DocumentId(id)).stream().map(CorrectionJson::of).toList();
    }
}
