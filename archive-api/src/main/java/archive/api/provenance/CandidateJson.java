package archive.api.provenance;

import archive.core.provenance.LinkStatus;
import archive.core.provenance.scoring.Relation;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One candidate source with the evidence for it: aligned passages with character offsets into both texts, how much
 * of each text they cover, and the signals behind the score. A candidate for a text that is not archived has no
 * status; it says instead what detection would make of it ({@code wouldAccept}, {@code wouldPropose}) and how much
 * of the text its passages explain ({@code explainedShare}: characters inside a passage over the text's length).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateJson(
        String sourceId,
        @Schema(minimum = "0", maximum = "1") double score,
        Relation relation,
        @Schema(description = "`auto` above the acceptance threshold, else `proposed`; `confirmed` or `rejected` by "
                + "a librarian. Absent for a text that is not archived.") LinkStatus status,
        String method,
        @Schema(description = "Aligned passage pairs; offsets are character offsets (end exclusive) into each "
                + "text.") List<PassageJson> evidence,
        CoverageJson coverage,
        @Schema(description = "The signals behind the score: shared quotations, credits, dates …") Object signals,
        Instant detectedAt,
        String decidedBy,
        Instant decidedAt,
        @Schema(description = "A web page showing both texts side by side.") String compare,
        @Schema(description = "For a text that is not archived: detection would link it without review.")
        Boolean wouldAccept,
        @Schema(description = "For a text that is not archived: detection would propose it to a librarian.")
        Boolean wouldPropose,
        @Schema(minimum = "0", maximum = "1", description = "For a text that is not archived: the share of its "
                + "characters inside an aligned passage.") Double explainedShare) {

    /** An aligned passage pair; offsets are UTF-16 character offsets, end exclusive. */
    @Schema(name = "Passage")
    public record PassageJson(@Schema(enumeration = {"quotation", "verbatim", "paraphrase-sentence"}) String kind,
            Span derived, Span source, double similarity) {
    }

    public record Span(int start, int end, String text) {
    }

    @Schema(name = "Coverage", description = "How much of each text the passages cover (0 to 1).")
    public record CoverageJson(double derived, double derivedWeighted, double sourceWeighted,
            int longestVerbatimWords) {
    }
}
