package archive.api.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to read what a change is about. */
public record ChangeLinksJson(
        @Schema(description = "The document's page.") String document,
        @Schema(description = "The permanent address of the version (for a decision, of the text decided on).")
        String permalink,
        @Schema(description = "That version's exact bytes.") String text,
        @Schema(description = "The API's JSON: the version, or for a decision the document's provenance links.")
        String api,
        @Schema(description = "For a decision, the source's page; else null.") String source) {
}
