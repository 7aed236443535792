package archive.web.documents;

import archive.core.diff.Diff;
import java.util.List;

/** Two versions of a document side by side in one text: what was deleted from the first and inserted in the second. */
public record DiffView(DocumentDescription document, List<VersionRow> versions, VersionRow from, VersionRow to,
        Diff diff) {
}
