package archive.api.search;

import archive.api.paging.PageRequest;
import archive.core.search.DocumentSearch;
import archive.core.search.SearchQuery;
import archive.core.search.SearchResults;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Full-text search over every document, ranked, with marked snippets; no words lists everything. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final DocumentSearch search;

    public SearchResource(DocumentSearch search) {
        this.search = search;
    }

    @GET
    public Response search(@QueryParam("q") String text, @QueryParam("publisher") String publisher,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        SearchQuery query = SearchQuery.parse(text, publisher, from, to, kind);
        SearchResults results = search.search(query, request.offset(), request.size());
        SearchResultsJson json = new SearchResultsJson(query.text(),
                results.hits().stream().map(SearchHitJson::of).toList(), request.page(), request.size(),
                results.total(), results.searchable());
        return request.link(Response.ok(json), uri, results.total()).build();
    }
}
