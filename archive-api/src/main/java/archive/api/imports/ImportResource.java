package archive.api.imports;

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

/** Bulk import of a server-side folder (inside ARCHIVE_IMPORTS_ROOT). */
@Path("/api/v1/imports")
public class ImportResource {

    /** The folder to import, relative to the import root or absolute inside it. */
    public record ImportRequest(String folder) {
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
    public ImportReport importFolder(ImportRequest request) {
        return folderImport.importFolder(request == null ? null : request.folder(), identity.getPrincipal().getName());
    }
}
