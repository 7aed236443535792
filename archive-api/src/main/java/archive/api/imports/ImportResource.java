package archive.api.imports;

import archive.api.bags.BagPackager;
import archive.api.openapi.OpenApiNames;
import archive.core.account.Roles;
import archive.core.ingest.BagImport;
import archive.core.ingest.FolderImport;
import archive.core.ingest.ImportReport;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of a server-side folder (inside ARCHIVE_IMPORTS_ROOT), or of a BagIt bag, here or sent as a zip. */
@Path("/api/v1/imports")
@Tag(name = OpenApiNames.IMPORTS)
public class ImportResource {

    /** The folder to import, relative to the import root or absolute inside it. */
    @Schema(requiredProperties = "folder")
    public record ImportRequest(
            @Schema(description = "A folder inside ARCHIVE_IMPORTS_ROOT, relative to it or absolute; its files "
                    + "are imported, subfolders included, or its bag if it has a bagit.txt.",
                    examples = "incoming/2024-12") String folder) {
    }

    private final FolderImport folderImport;
    private final BagImport bagImport;
    private final SecurityIdentity identity;

    public ImportResource(FolderImport folderImport, BagImport bagImport, SecurityIdentity identity) {
        this.folderImport = folderImport;
        this.bagImport = bagImport;
        this.identity = identity;
    }

    /** Documented for both ways of importing (OpenAPI has one operation per path and method). */
    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bulk-import a server-side folder, or a BagIt bag", description = "`{\"folder\": …}` "
            + "imports a folder inside ARCHIVE_IMPORTS_ROOT; a folder with a bagit.txt is imported as a bag. A bag "
            + "may also be sent as the body, zipped (`application/zip`, under one top-level folder or at the "
            + "zip's top; at most ARCHIVE_IMPORTS_MAX_BAG_BYTES, zipped and unpacked). A bag is verified with "
            + "bagit-java — complete, and every checksum of every manifest valid — before anything of it is "
            + "stored; any fault refuses it whole. A bag this archive made (GET /api/v1/documents/{id}/bag, POST "
            + "/api/v1/bags) brings each document's versions in order (`versions/v<n>/`), under the document id it "
            + "names while no other document has that id (else under the id of its first version's bytes, as an "
            + "upload); its other files (metadata, events, citations) are not imported, since the archive derives "
            + "its own. Any other bag brings the .txt files of its payload. Answers once the files are stored and "
            + "catalogued; their metadata, facets and provenance are derived afterwards, in the background.")
    @APIResponse(responseCode = "200", description = "Per file: imported, duplicate (with the existing document) "
            + "or rejected (with the reason); the totals; for a bag (`bag`), its name, the manifests it was "
            + "verified with and how many payload files it has.")
    @APIResponse(responseCode = "400", description = "No folder is named, it is not a folder on the server, lies "
            + "outside ARCHIVE_IMPORTS_ROOT or cannot be read (`import-folder`); the body is not the JSON object "
            + "shown; the zip cannot be read or holds no bag, or a tag file breaks RFC 8493 (`not-a-bag`); a zip "
            + "entry or manifest line points outside the bag, or a server-side bag holds a symbolic link "
            + "(`unsafe-bag-path`). Nothing is stored.")
    @APIResponse(responseCode = "413", description = "The zipped bag, or what it unpacks to, is larger than "
            + "ARCHIVE_IMPORTS_MAX_BAG_BYTES (`bag-too-large`). Nothing is stored.")
    @APIResponse(responseCode = "422", description = "The bag is incomplete (a file missing, or in no manifest: "
            + "`bag-incomplete`), a checksum does not hold (`bag-checksum-mismatch`), or a document's versions "
            + "have a gap (`bag-layout`). Nothing is stored.")
    public ImportReport importFolder(@RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.class),
                        example = "{\"folder\": \"incoming/2024-12\"}"),
                @Content(mediaType = BagPackager.ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            }) ImportRequest request) {
        return folderImport.importFolder(request == null ? null : request.folder(), identity.getPrincipal().getName());
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(BagPackager.ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // described with importFolder
    public ImportReport importZippedBag(InputStream zip) throws IOException {
        return bagImport.importZip(zip, identity.getPrincipal().getName());
    }
}
