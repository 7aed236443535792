package archive.api.imports;

import archive.api.openapi.OpenApiNames;
import archive.core.account.Roles;
import archive.core.ingest.FolderImport;
import archive.core.ingest.ImportReport;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of a server-side folder (inside ARCHIVE_IMPORTS_ROOT). */
@Path("/api/v1/imports")
@Tag(name = OpenApiNames.IMPORTS)
public class ImportResource {

    /** The folder to import, relative to the import root or absolute inside it. */
    @Schema(requiredProperties = "folder")
    public record ImportRequest(
            @Schema(description = "A folder inside ARCHIVE_IMPORTS_ROOT, relative to it or absolute; its files "
                    + "are imported, subfolders included.", examples = "incoming/2024-12") String folder) {
    }

    private final FolderImport folderImport;
    private final SecurityIdentity identity;

    public ImportResource(FolderImport folderImport, SecurityIdentity identity) {
        this.folderImport = folderImport;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bulk-import a server-side folder (inside ARCHIVE_IMPORTS_ROOT)", description = "Answers "
            + "once the files are stored and catalogued; their metadata, facets and provenance are derived "
            + "afterwards, in the background.")
    @APIResponse(responseCode = "200", description = "Per file: imported, duplicate (with the existing document) "
            + "or rejected (with the reason); and the totals.")
    @APIResponse(responseCode = "400", description = "No folder is named, it is not a folder on the server, lies "
            + "outside ARCHIVE_IMPORTS_ROOT or cannot be read; or the body is not the JSON object shown.")
    public ImportReport importFolder(@RequestBody(required = true, content = @Content(
            example = "{\"folder\": \"incoming/2024-12\"}")) ImportRequest request) {
        return folderImport.importFolder(request == null ? null : request.folder(), identity.getPrincipal().getName());
    }
}
