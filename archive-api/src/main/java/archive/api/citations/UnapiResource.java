package archive.api.citations;

import archive.api.openapi.OpenApiNames;
import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;
import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocument;
import archive.core.citation.CitableDocuments;
import archive.core.citation.CitationExport;
import archive.core.citation.CitationExporter;
import archive.core.citation.ExportFormat;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * unAPI (https://unapi.info/specs/): how reference managers that find {@code <abbr class="unapi-id">} on a document
 * page fetch its record. The formats are the exports ({@link ExportResource}); Zotero picks RIS from the list.
 */
@Path("/unapi")
@Tag(name = OpenApiNames.CITATIONS)
public class UnapiResource {

    static final String FORMATS_TYPE = "application/xml";

    private final CitableDocuments documents;
    private final CitationExporter exporter;

    public UnapiResource(CitableDocuments documents, CitationExporter exporter) {
        this.documents = documents;
        this.exporter = exporter;
    }

    @GET
    @Operation(summary = "unAPI: the formats of every document, the formats of one, or one document in a format")
    @APIResponse(responseCode = "200", description = "Without `id`: the formats (unAPI XML). With `id` and `format`: "
            + "the document's current version in that format.", content = {
                @Content(mediaType = FORMATS_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/x-research-info-systems", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "300", description = "With `id` only: the formats this document can be had in.",
            content = @Content(mediaType = FORMATS_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`format` without `id`.")
    @APIResponse(responseCode = "404", description = "No document has this id.")
    @APIResponse(responseCode = "406", description = "The document is not available in this format.")
    public Response unapi(
            @QueryParam("id") @Parameter(description = "A document id, as in the page's `abbr.unapi-id`.") String id,
            @QueryParam("format") @Parameter(description = "One of the listed format names.") String format,
            UriInfo uri) {
        if (blank(id)) {
            if (!blank(format)) {
                throw new RequestProblemException(ProblemType.UNAPI_FORMAT_WITHOUT_ID,
                        "'format' needs an 'id': ask /unapi?id=<document id>&format=" + format + ".");
            }
            return Response.ok(formats(null)).type(FORMATS_TYPE + "; charset=utf-8").build();
        }
        // A malformed id is one the archive does not hold: 404, as unAPI asks.
        CitableDocument document = documents.of(new DocumentId(id), Optional.empty(), uri.getBaseUri());
        if (blank(format)) {
            return Response.status(300).entity(formats(document.documentId().value())).type(FORMATS_TYPE + "; charset=utf-8").build();
        }
        ExportFormat exportFormat = Arrays.stream(ExportFormat.values())
                .filter(candidate -> CitationParameters.name(candidate).equals(format)).findFirst()
                .orElseThrow(() -> new RequestProblemException(ProblemType.UNAPI_FORMAT_NOT_AVAILABLE,
                        "Document '" + id + "' is not available as '" + format + "'; the formats are "
                                + Arrays.stream(ExportFormat.values()).map(CitationParameters::name)
                                        .collect(Collectors.joining(", ")) + "."));
        CitationExport export = exporter.export(document, exportFormat);
        return Response.ok(export.content()).type(export.mediaType() + "; charset=utf-8").build();
    }

    /** The unAPI format list; every document has every format, so the list with and without an id is the same. */
    static String formats(String id) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<formats");
        if (id != null) {
            xml.append(" id=\"").append(id).append('"');
        }
        xml.append(">\n");
        for (ExportFormat format : ExportFormat.values()) {
            xml.append("  <format name=\"").append(CitationParameters.name(format)).append("\" type=\"")
                    .append(format.mediaType()).append("\" docs=\"").append(docs(format)).append("\"/>\n");
        }
        return xml.append("</formats>\n").toString();
    }

    private static String docs(ExportFormat format) {
        return switch (format) {
            case BIBTEX -> "https://www.bibtex.org/Format/";
            case RIS -> "https://en.wikipedia.org/wiki/RIS_(file_format)";
            case CSL_JSON -> "https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
