package archive.api.citations;

import archive.api.openapi.OpenApiNames;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An archived version as a file for reference managers: BibTeX, RIS or CSL-JSON. */
@Path("/api/v1/documents/{documentId}/export")
@Tag(name = OpenApiNames.CITATIONS)
public class ExportResource {

    private final CitableDocuments documents;
    private final CitationExporter exporter;

    public ExportResource(CitableDocuments documents, CitationExporter exporter) {
        this.documents = documents;
        this.exporter = exporter;
    }

    /** Where this export of the document (of one version, or of the current one) is served. */
    public static URI address(URI base, String documentId, ExportFormat format, Optional<Integer> version) {
        UriBuilder address = UriBuilder.fromUri(base).path("api/v1/documents/{id}/export")
                .queryParam("format", CitationParameters.name(format));
        version.ifPresent(number -> address.queryParam("version", number));
        return address.build(documentId);
    }

    @GET
    @Operation(summary = "The archived version as a file for reference managers")
    @APIResponse(responseCode = "200", description = "An attachment named `<id>.bib`, `<id>.ris` or `<id>.json`.",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = "application/x-bibtex", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/x-research-info-systems",
                        schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/vnd.citationstyles.csl+json",
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class))
            })
    @APIResponse(responseCode = "400", description = "`format` is missing or not one of bibtex, ris, csl-json, or "
            + "`version` is not a version number.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.VERSION_NOT_FOUND)
    public Response export(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @QueryParam("format") @Parameter(required = true, description = "The file format.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"bibtex", "ris", "csl-json"}))
            String format,
            @QueryParam("version") @Parameter(description = "The version to export; the current one when absent.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String version, UriInfo uri) {
        ExportFormat exportFormat = CitationParameters.format(format, ExportFormat.class);
        CitationExport export = exporter.export(
                documents.of(new DocumentId(id), CitationParameters.version(version), uri.getBaseUri()), exportFormat);
        return Response.ok(export.content())
                .type(export.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + id + "." + export.fileExtension() + "\"")
                .build();
    }
}
