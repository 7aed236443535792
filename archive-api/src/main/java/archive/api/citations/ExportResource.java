package archive.api.citations;

import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocuments;
import archive.core.citation.CitationExport;
import archive.core.citation.CitationExporter;
import archive.core.citation.ExportFormat;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** An archived version as a file for reference managers: BibTeX, RIS or CSL-JSON. */
@Path("/api/v1/documents/{id}/export")
public class ExportResource {

    private final CitableDocuments documents;
    private final CitationExporter exporter;

    public ExportResource(CitableDocuments documents, CitationExporter exporter) {
        this.documents = documents;
        this.exporter = exporter;
    }

    @GET
    public Response export(@PathParam("id") String id, @QueryParam("format") String format,
            @QueryParam("version") String version, UriInfo uri) {
        ExportFormat exportFormat = CitationParameters.choice("format", format, ExportFormat.class);
        CitationExport export = exporter.export(
                documents.of(new DocumentId(id), CitationParameters.version(version), uri.getBaseUri()), exportFormat);
        return Response.ok(export.content())
                .type(export.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + id + "." + export.fileExtension() + "\"")
                .build();
    }
}
