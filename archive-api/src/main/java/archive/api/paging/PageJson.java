package archive.api.paging;

import java.util.List;

/** One page of a list, with what a client needs to fetch the others. */
public record PageJson<T>(List<T> items, int page, int size, long total) {
}
