package archive.web.librarian;

import archive.core.account.Roles;
import archive.core.ingest.FileImport;
import archive.core.ingest.ImportReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Upload many files at once and get a report per file. With JavaScript the page sends the files one by one to
 * POST /api/v1/documents and shows real progress; without it this form posts them all here, where they take the
 * same ingest path, and the report comes back as a page.
 */
@Path("/librarian/bulk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.LIBRARIAN)
public class BulkUploadPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bulk(ImportReport report, String problem);
    }

    private final FileImport fileImport;
    private final SecurityIdentity identity;

    public BulkUploadPage(FileImport fileImport, SecurityIdentity identity) {
        this.fileImport = fileImport;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form() {
        return Templates.bulk(null, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("files") List<FileUpload> files) {
        List<FileUpload> chosen = files == null ? List.of()
                : files.stream().filter(file -> file.fileName() != null && !file.fileName().isBlank()).toList();
        if (chosen.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.bulk(null, "Choose one or more files to upload.")).build();
        }
        String agent = identity.getPrincipal().getName();
        ImportReport report = ImportReport.of(chosen.size() + " uploaded file(s)", chosen.stream()
                .map(file -> fileImport.importFile(file.fileName(), file.uploadedFile(), file.fileName(), agent))
                .toList());
        return Response.ok(Templates.bulk(report, null)).build();
    }
}
