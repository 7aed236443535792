package archive.web.librarian;

import archive.core.ArchiveException;
import archive.core.account.Roles;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.ingest.IngestResult;
import archive.core.ingest.IngestService;
import archive.core.ingest.Upload;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.web.documents.DocumentDescription;
import archive.web.documents.MetadataFacts;
import archive.web.layout.PastedText;
import archive.web.provenance.ProvenancePanel;
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
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Upload one document, as a file or pasted text, and see at once whether it was archived or already was. */
@Path("/librarian/upload")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.LIBRARIAN)
public class UploadPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(UploadView view);
    }

    private final IngestService ingest;
    private final Catalog catalog;
    private final SecurityIdentity identity;
    private final DocumentMetadata metadata;
    private final ProvenancePanel provenance;

    public UploadPage(IngestService ingest, Catalog catalog, SecurityIdentity identity, DocumentMetadata metadata,
            ProvenancePanel provenance) {
        this.ingest = ingest;
        this.metadata = metadata;
        this.provenance = provenance;
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form() {
        return Templates.upload(UploadView.empty());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("text") String text,
            @RestForm("filename") String fileName) {
        String pasted = PastedText.of(text);
        boolean fileChosen = file != null && file.fileName() != null && !file.fileName().isBlank();
        if (!fileChosen && pasted.isEmpty()) {
            return refused(400, "Choose a file, or paste the text, to upload.", pasted, fileName);
        }
        try {
            Upload upload = fileChosen ? Upload.read(file.uploadedFile(), file.fileName(), agent())
                    : new Upload(pasted.getBytes(StandardCharsets.UTF_8), fileName == null || fileName.isBlank()
                            ? null : fileName, agent());
            IngestResult result = ingest.ingest(upload);
            DocumentDescription document = DocumentDescription.of(result.document(),
                    catalog.currentVersion(result.document().id).orElseThrow());
            DocumentId id = new DocumentId(document.id());
            UploadView view = new UploadView(document, !result.stored(), null, "", "",
                    MetadataFacts.of(metadata.snapshot(id)), provenance.sources(id));
            return Response.status(result.stored() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(Templates.upload(view)).build();
        } catch (ArchiveException e) {
            return refused(e.type().status(), e.getMessage(), pasted, fileName);
        }
    }

    private static Response refused(int status, String problem, String text, String fileName) {
        return Response.status(status)
                .entity(Templates.upload(UploadView.refused(problem, text, fileName == null ? "" : fileName)))
                .build();
    }

    private String agent() {
        return identity.getPrincipal().getName();
    }
}
