package archive.api.memento;

import archive.api.openapi.OpenApiNames;
import archive.core.catalog.DocumentId;
import archive.core.memento.MementoLookup;
import archive.core.memento.Mementos;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A document's TimeGate and TimeMap: its current text is the original resource, its versions the mementos. */
@Path("/api/v1/documents/{documentId}")
@Tag(name = OpenApiNames.MEMENTO)
public class DocumentMementoResource {

    private final MementoLookup lookup;

    public DocumentMementoResource(MementoLookup lookup) {
        this.lookup = lookup;
    }

    @GET
    @TimeGate
    @Path("timegate")
    @Operation(summary = "The version in force at a moment (Memento TimeGate)", description = "Redirects to the "
            + "text of the latest version archived at or before `Accept-Datetime`, or of the latest version when "
            + "the header is absent.")
    @APIResponse(responseCode = "302", ref = OpenApiNames.TIMEGATE_REDIRECT)
    @APIResponse(responseCode = "400", ref = OpenApiNames.MALFORMED_ACCEPT_DATETIME)
    @APIResponse(responseCode = "404", description = "No document has this id, or nothing of it was archived at "
            + "or before `Accept-Datetime`.")
    public Response timegate(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @HeaderParam(AcceptDatetime.HEADER) @Parameter(ref = OpenApiNames.ACCEPT_DATETIME) String acceptDatetime, UriInfo uri) {
        var moment = AcceptDatetime.parse(acceptDatetime);
        Mementos mementos = lookup.ofDocument(new DocumentId(id));
        URI base = uri.getBaseUri();
        return TimeGateRedirect.to(base, mementos.chooseFor(moment, "document " + id),
                MementoLinks.original(base, id), MementoLinks.timemap(base, id));
    }

    @GET
    @Path("timemap")
    @Produces({MementoLinks.LINK_FORMAT, MediaType.APPLICATION_JSON})
    @Operation(summary = "Every version with its archive time (Memento TimeMap)", description = "RFC 7089 §5: "
            + "`application/link-format` (RFC 6690) by default, JSON with `Accept: application/json`.")
    @APIResponse(responseCode = "200", ref = OpenApiNames.TIMEMAP)
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    @APIResponse(responseCode = "406", ref = OpenApiNames.TIMEMAP_NOT_ACCEPTABLE)
    public Response timemap(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            HttpHeaders headers, UriInfo uri) {
        Mementos mementos = lookup.ofDocument(new DocumentId(id));
        URI base = uri.getBaseUri();
        return TimeMapRepresentation.respond(headers, base, MementoLinks.original(base, id),
                MementoLinks.timemap(base, id), MementoLinks.timegate(base, id), mementos);
    }
}
