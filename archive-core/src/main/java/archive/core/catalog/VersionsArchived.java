package archive.core.catalog;

import java.util.List;

/**
 * Fired once inside the catalog transaction that records these text versions (one upload, or a whole batch of a
 * bulk import), so observers write what they keep beside the catalog in one statement per batch, and it commits, or
 * fails, together with the versions.
 */
public record VersionsArchived(List<VersionArchived> versions) {
}
