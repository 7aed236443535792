package archive.web.search;

import archive.api.paging.PageRequest;
import archive.api.problem.RequestProblemException;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataSummary;
import archive.core.search.DocumentSearch;
import archive.core.search.InvalidSearchException;
import archive.core.search.SearchQuery;
import archive.core.search.SearchResults;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The home page: search every document's text, or browse them all, with filters and paging. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(SearchView view);
    }

    private final DocumentSearch search;
    private final DocumentMetadata metadata;

    public SearchPage(DocumentSearch search, DocumentMetadata metadata) {
        this.search = search;
        this.metadata = metadata;
    }

    @GET
    public Response home(@QueryParam("q") String q, @QueryParam("publisher") String publisher,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("kind") String kind,
            @QueryParam("page") String page) {
        SearchForm form = SearchForm.of(q, publisher, from, to, kind);
        boolean showFilters = form.filtered() || search.facetsKnown();
        List<String> publishers = showFilters ? search.knownPublishers() : List.of();
        PageRequest request;
        SearchQuery query;
        try {
            request = PageRequest.parse(page, String.valueOf(PAGE_SIZE));
            query = SearchQuery.parse(form.q(), form.publisher(), form.from(), form.to(), form.kind());
        } catch (InvalidSearchException | RequestProblemException e) {
            SearchView view = new SearchView(form, "Nothing was searched", List.of(), 1,
                    Pager.of(1, PAGE_SIZE, 0, form.parameters()), e.getMessage(), showFilters, publishers);
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.home(view)).build();
        }
        SearchResults results = search.search(query, request.offset(), request.size());
        Map<String, MetadataSummary> summaries = metadata.summaries(results.hits().stream()
                .map(hit -> hit.listing().document().id).toList());
        SearchView view = new SearchView(form, heading(results), results.hits().stream()
                .map(hit -> SearchView.Hit.of(hit, summaries)).toList(), request.offset() + 1,
                Pager.of(request.page(), request.size(), results.total(), form.parameters()), null, showFilters,
                publishers);
        return Response.ok(Templates.home(view)).build();
    }

    private static String heading(SearchResults results) {
        SearchQuery query = results.query();
        String documents = results.total() == 1 ? "1 document" : results.total() + " documents";
        if (!results.searchable()) {
            return "“" + query.text() + "” has only words too common to search for; try more specific ones";
        }
        if (query.browsing()) {
            return results.total() == 0 ? "No documents" + (query.filtered() ? " match these filters" : " yet")
                    : documents + (query.filtered() ? " match these filters" : " in the archive")
                            + ", most recently archived first";
        }
        return (results.total() == 0 ? "No documents" : documents) + (results.total() == 1 ? " matches" : " match")
                + " “" + query.text() + "”";
    }
}
