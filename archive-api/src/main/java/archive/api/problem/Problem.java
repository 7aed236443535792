package archive.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details: what went wrong, and in `detail` what to do.")
public record Problem(
        @Schema(description = "The kind of problem: `/problems/<name>` for the archive's own, `about:blank` for "
                + "plain HTTP refusals.", examples = "/problems/document-not-found") String type,
        @Schema(description = "The HTTP status's reason phrase.", examples = "Not Found") String title,
        @Schema(description = "The HTTP status code.", examples = "404") int status,
        @Schema(description = "What happened and what to do about it, for people.",
                examples = "No document with id 'ffffffffffffffff' is archived.") String detail,
        @Schema(description = "The path of the request.", examples = "/api/v1/documents/ffffffffffffffff")
        String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The type of the refusals HTTP itself defines, which need no explanation beyond their status. */
    public static final String PLAIN_TYPE = "about:blank";
}
