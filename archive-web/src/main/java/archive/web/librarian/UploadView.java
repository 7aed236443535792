package archive.web.librarian;

import archive.web.documents.DocumentDescription;
import archive.web.documents.MetadataFacts;
import archive.web.provenance.LinkRow;
import java.util.List;

/**
 * The upload page: after an upload, what became of it ({@code document} created, or already archived when
 * {@code duplicate}) with the metadata extracted and the sources detection found; after a refusal, why ({@code problem}), with the pasted text kept for another try.
 */
public record UploadView(DocumentDescription document, boolean duplicate, String problem, String text,
        String fileName, MetadataFacts metadata, List<LinkRow> sources) {

    static UploadView empty() {
        return refused(null, "", "");
    }

    static UploadView refused(String problem, String text, String fileName) {
        return new UploadView(null, false, problem, text, fileName, null, List.of());
    }
}
