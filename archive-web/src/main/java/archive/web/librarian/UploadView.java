package archive.web.librarian;

import archive.web.documents.DocumentDescription;

/**
 * The upload page: after an upload, what became of it ({@code document} created, or already archived when
 * {@code duplicate}); after a refusal, why ({@code problem}), with the pasted text kept for another try.
 */
public record UploadView(DocumentDescription document, boolean duplicate, String problem, String text,
        String fileName) {

    static UploadView empty() {
        return new UploadView(null, false, null, "", "");
    }
}
