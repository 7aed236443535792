package archive.api.memento;

import archive.api.openapi.OpenApiNames;
import archive.core.memento.MementoLookup;
import archive.core.memento.Mementos;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * TimeGate and TimeMap by original address, as Memento-aware tools (pywb, Perma.cc, Robust Links) ask an archive:
 * the original resource is the address, and its mementos are the versions of every document whose sourceUrl it is
 * (for an original, the address it was found at; for a rewrite, the page it credits). Outside /api/v1, at the paths
 * those tools use.
 */
@Path("/")
@Tag(name = OpenApiNames.MEMENTO)
public class OriginalMementoResource {

    private static final String TIMEGATE = "timegate/";
    private static final String TIMEMAP = "timemap/link/";

    private final MementoLookup lookup;

    public OriginalMementoResource(MementoLookup lookup) {
        this.lookup = lookup;
    }

    @GET
    @TimeGate
    @Path("timegate/{url: .+}")
    @Operation(summary = "The memento of an address in force at a moment (Memento TimeGate)", description = "Redirects "
            + "to the latest version, archived at or before `Accept-Datetime` (the latest without it), among the "
            + "versions of every document whose sourceUrl is the address.")
    @Parameter(ref = OpenApiNames.ORIGINAL_URL)
    @APIResponse(responseCode = "302", ref = OpenApiNames.TIMEGATE_REDIRECT)
    @APIResponse(responseCode = "400", ref = OpenApiNames.MALFORMED_ACCEPT_DATETIME)
    @APIResponse(responseCode = "404", description = "No document has this sourceUrl, or none of them was archived "
            + "at or before `Accept-Datetime`.")
    public Response timegate(@HeaderParam(AcceptDatetime.HEADER) @Parameter(ref = OpenApiNames.ACCEPT_DATETIME)
            String acceptDatetime, @Context HttpServerRequest request, UriInfo uri) {
        var moment = AcceptDatetime.parse(acceptDatetime);
        URI base = uri.getBaseUri();
        OriginalAddress original = OriginalAddress.after(base.getRawPath() + TIMEGATE, request.uri());
        Mementos mementos = lookup.ofOriginal(original.address());
        return TimeGateRedirect.to(base, mementos.chooseFor(moment, original.address()), original.address(),
                base + TIMEMAP + original.raw());
    }

    @GET
    @Path("timemap/link/{url: .+}")
    @Produces({MementoLinks.LINK_FORMAT, MediaType.APPLICATION_JSON})
    @Operation(summary = "Every memento of an address (Memento TimeMap)", description = "The versions of every "
            + "document whose sourceUrl is the address, oldest first; `application/link-format` (RFC 6690) by "
            + "default, JSON with `Accept: application/json`.")
    @Parameter(ref = OpenApiNames.ORIGINAL_URL)
    @APIResponse(responseCode = "200", ref = OpenApiNames.TIMEMAP)
    @APIResponse(responseCode = "404", description = "No document has this sourceUrl.")
    @APIResponse(responseCode = "406", ref = OpenApiNames.TIMEMAP_NOT_ACCEPTABLE)
    public Response timemap(@Context HttpServerRequest request, HttpHeaders headers, UriInfo uri) {
        URI base = uri.getBaseUri();
        OriginalAddress original = OriginalAddress.after(base.getRawPath() + TIMEMAP, request.uri());
        Mementos mementos = lookup.ofOriginal(original.address());
        return TimeMapRepresentation.respond(headers, base, original.address(), base + TIMEMAP + original.raw(),
                base + TIMEGATE + original.raw(), mementos);
    }
}
