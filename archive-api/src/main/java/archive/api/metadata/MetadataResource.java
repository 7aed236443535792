package archive.api.metadata;

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

/** A document's metadata: every field with its origin and confidence, librarians' corrections and their history. */
@Path("/api/v1/documents/{id}/metadata")
@Produces(MediaType.APPLICATION_JSON)
public class MetadataResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

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
    public MetadataJson get(@PathParam("id") String id) {
        return MetadataJson.of(metadata.snapshot(new DocumentId(id)));
    }

    /** A JSON merge patch (RFC 7396) of the fields to correct; each accepted patch is a new metadata version. */
    @PATCH
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    public MetadataJson correct(@PathParam("id") String id, String body) throws JsonProcessingException {
        CorrectionPatch patch = CorrectionPatch.parse(json.readTree(body == null ? "" : body));
        return MetadataJson.of(corrections.correct(new DocumentId(id), patch, identity.getPrincipal().getName()));
    }

    @GET
    @Path("history")
    public List<CorrectionJson> history(@PathParam("id") String id) {
        return metadata.history(new DocumentId(id)).stream().map(CorrectionJson::of).toList();
    }
}
