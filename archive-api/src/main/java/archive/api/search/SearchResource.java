package archive.api.search;

import archive.api.openapi.OpenApiNames;
import archive.api.paging.PageRequest;
import archive.core.search.DocumentSearch;
import archive.core.search.SearchQuery;
import archive.core.search.SearchResults;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Full-text search over every document, ranked, with marked snippets; no words lists everything. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.SEARCH)
public class SearchResource {

    private final DocumentSearch search;

    public SearchResource(DocumentSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Full-text search over every document's current text", description = "Words use "
            + "web-search syntax (`\"exact phrase\"`, `-excluded`, `or`), stemmed in English; anything typed is "
            + "accepted. Hits are ranked (ts_rank_cd) with a snippet whose matched words are marked. Without `q`, "
            + "every document the filters admit is listed, most recently archived first. The filters match a "
            + "document's metadata (publisher or site, publication date, original or rewrite); documents whose "
            + "metadata is unknown do not match a filter.")
    @APIResponse(responseCode = "200", description = "One page of hits.",
            headers = {@Header(name = OpenApiNames.LINK, ref = OpenApiNames.LINK),
                @Header(name = OpenApiNames.TOTAL_COUNT, ref = OpenApiNames.TOTAL_COUNT)})
    @APIResponse(responseCode = "400", description = "`q` is longer than 500 characters, a date is not YYYY-MM-DD, "
            + "`from` is after `to`, `kind` is unknown, or `page` or `size` is not a whole number from 1.")
    public RestResponse<SearchResultsJson> search(
            @QueryParam("q") @Parameter(description = "The words to find (at most 500 characters); blank lists "
                    + "everything.", example = "\"joint security\" -Austin",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 500)) String text,
            @QueryParam("publisher") @Parameter(description = "Publisher name or site, case-insensitive.",
                    example = "defense.gov") String publisher,
            @QueryParam("from") @Parameter(description = "Earliest publication date (inclusive).",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Latest publication date (inclusive); not before `from`.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("kind") @Parameter(description = "Stories as first published, copies rewritten from them, "
                    + "or both.", schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"original", "rewrite", "any"}, defaultValue = "any")) String kind,
            @QueryParam("page") @Parameter(ref = OpenApiNames.PAGE) String page,
            @QueryParam("size") @Parameter(ref = OpenApiNames.SIZE) String size, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        SearchQuery query = SearchQuery.parse(text, publisher, from, to, kind);
        SearchResults results = search.search(query, request.offset(), request.size());
        SearchResultsJson json = new SearchResultsJson(query.text(),
                results.hits().stream().map(SearchHitJson::of).toList(), request.page(), request.size(),
                results.total(), results.searchable());
        return request.link(RestResponse.ResponseBuilder.ok(json), uri, results.total()).build();
    }
}
