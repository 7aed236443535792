package archive.api.paging;

import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code ?page} (1-based) and {@code ?size} (capped) of a list request, validated. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest parse(String page, String size) {
        int pageNumber = parsePositive("page", ProblemType.INVALID_PAGE, page, 1);
        int pageSize = Math.min(parsePositive("size", ProblemType.INVALID_SIZE, size, DEFAULT_SIZE), MAX_SIZE);
        return new PageRequest(pageNumber, pageSize);
    }

    /** Offset of the first item, or -1 when the page lies beyond anything that can exist. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /**
     * Adds RFC 8288 links to the neighbouring pages of a list with {@code total} items. Typed, so the OpenAPI
     * document knows what a list holds.
     */
    public <T> RestResponse.ResponseBuilder<T> link(RestResponse.ResponseBuilder<T> response, UriInfo uri,
            long total) {
        long last = Math.max(1, (total + size - 1) / size);
        response.link(uri.getRequestUriBuilder().replaceQueryParam("page", 1).replaceQueryParam("size", size)
                .build(), "first");
        response.link(uri.getRequestUriBuilder().replaceQueryParam("page", last).replaceQueryParam("size", size)
                .build(), "last");
        if (page < last) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1)
                    .replaceQueryParam("size", size).build(), "next");
        }
        if (page > 1) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", Math.min(page - 1, last))
                    .replaceQueryParam("size", size).build(), "prev");
        }
        return response.header("X-Total-Count", total);
    }

    private static int parsePositive(String name, ProblemType invalid, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RequestProblemException(invalid, "'" + name + "' must be a whole number from 1 to "
                + Integer.MAX_VALUE + ", not '" + value + "'.");
    }
}
