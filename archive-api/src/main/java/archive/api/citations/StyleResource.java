package archive.api.citations;

import archive.api.paging.PageJson;
import archive.api.paging.PageRequest;
import archive.core.citation.StyleCatalog;
import archive.core.citation.StyleInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The CSL styles (10,000+, from the CSL project's repository) whose id or title matches a search. */
@Path("/api/v1/styles")
@Produces(MediaType.APPLICATION_JSON)
public class StyleResource {

    private final StyleCatalog styles;

    public StyleResource(StyleCatalog styles) {
        this.styles = styles;
    }

    /** Best matches first: exact id, exact title, id prefix, title prefix, then substrings. */
    @GET
    public Response search(@QueryParam("q") String query, @QueryParam("page") String page,
            @QueryParam("size") String size, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        List<StyleInfo> matches = styles.search(query, Integer.MAX_VALUE);
        List<StyleJson> items = request.offset() >= matches.size() ? List.of()
                : matches.subList((int) request.offset(), (int) Math.min(matches.size(),
                        request.offset() + request.size())).stream().map(StyleJson::of).toList();
        return request.link(Response.ok(new PageJson<>(items, request.page(), request.size(), matches.size())), uri,
                matches.size()).build();
    }
}
