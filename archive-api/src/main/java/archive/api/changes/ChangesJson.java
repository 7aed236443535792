package archive.api.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the change feed. */
public record ChangesJson(
        @Schema(description = "The changes after the cursor, oldest first; empty when there are none yet.")
        List<ChangeJson> items,
        int size,
        @Schema(description = "The page that follows this one, as the Link header's `next`: ask it again later "
                + "for changes made after these.") String next) {
}
