package archive.api.citations;

import archive.api.openapi.OpenApiNames;
import archive.api.paging.PageJson;
import archive.api.paging.PageRequest;
import archive.core.citation.StyleCatalog;
import archive.core.citation.StyleInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The CSL styles (10,000+, from the CSL project's repository) whose id or title matches a search. */
@Path("/api/v1/styles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.CITATIONS)
public class StyleResource {

    private final StyleCatalog styles;

    public StyleResource(StyleCatalog styles) {
        this.styles = styles;
    }

    /** Best matches first: exact id, exact title, id prefix, title prefix, then substrings. */
    @GET
    @Operation(summary = "CSL styles whose id or title contains the query, best matches first")
    @APIResponse(responseCode = "200", description = "One page of styles.",
            headers = {@Header(name = OpenApiNames.LINK, ref = OpenApiNames.LINK),
                @Header(name = OpenApiNames.TOTAL_COUNT, ref = OpenApiNames.TOTAL_COUNT)})
    @APIResponse(responseCode = "400", ref = OpenApiNames.INVALID_PAGE)
    public RestResponse<PageJson<StyleJson>> search(@QueryParam("q") @Parameter(description = "Words of the id or "
            + "title; blank lists every style.", example = "chicago") String query,
            @QueryParam("page") @Parameter(ref = OpenApiNames.PAGE) String page,
            @QueryParam("size") @Parameter(ref = OpenApiNames.SIZE) String size, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        List<StyleInfo> matches = styles.search(query, Integer.MAX_VALUE);
        List<StyleJson> items = request.offset() >= matches.size() ? List.of()
                : matches.subList((int) request.offset(), (int) Math.min(matches.size(),
                        request.offset() + request.size())).stream().map(StyleJson::of).toList();
        return request.link(RestResponse.ResponseBuilder.ok(new PageJson<>(items, request.page(), request.size(),
                matches.size())), uri, matches.size()).build();
    }
}
