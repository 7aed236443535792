package archive.api.audits;

import archive.api.openapi.OpenApiNames;
import archive.core.account.Roles;
import archive.core.fixity.FixityAudit;
import archive.core.fixity.FixityReport;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the fixity audit on demand. */
@Path("/api/v1/audits/fixity")
@Tag(name = OpenApiNames.AUDITS)
public class FixityAuditResource {

    private final FixityAudit audit;
    private final SecurityIdentity identity;

    public FixityAuditResource(FixityAudit audit, SecurityIdentity identity) {
        this.audit = audit;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-read every stored version and verify its SHA-256 and the OCFL digests", description = ""
            + "Also runs on ARCHIVE_FIXITY_SCHEDULE. Each document gets a fixity-check event; damaged ones are "
            + "listed with the kinds of damage found: content-changed, size-changed, file-missing, "
            + "inventory-invalid, ocfl-invalid.")
    @APIResponse(responseCode = "200", description = "The audit report: how much was checked, and which documents "
            + "failed, how and why.")
    public FixityReport run() {
        return audit.run(identity.getPrincipal().getName());
    }
}
