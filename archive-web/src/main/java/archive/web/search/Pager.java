package archive.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Where a page of results lies among all of them, with links to its neighbours that keep the search. */
public record Pager(long page, long lastPage, String previous, String next, String last) {

    static Pager of(long page, int size, long total, Map<String, String> search) {
        long lastPage = Math.max(1, (total + size - 1) / size);
        String previous = page > 1 ? href(search, Math.min(page - 1, lastPage)) : null;
        String next = page < lastPage ? href(search, page + 1) : null;
        return new Pager(page, lastPage, previous, next, href(search, lastPage));
    }

    /** The page asked for lies after the last page of results. */
    public boolean pastTheEnd() {
        return page > lastPage;
    }

    public boolean needed() {
        return lastPage > 1 || page > 1;
    }

    private static String href(Map<String, String> search, long page) {
        String query = search.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        String pageParameter = page > 1 ? "page=" + page : "";
        String all = query.isEmpty() ? pageParameter : pageParameter.isEmpty() ? query : query + "&" + pageParameter;
        return all.isEmpty() ? "/" : "/?" + all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
