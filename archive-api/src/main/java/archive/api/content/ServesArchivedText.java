package archive.api.content;

import archive.api.openapi.OpenApiNames;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Documents an operation that answers with {@link TextRepresentation}: the text, a range of it, 304 for a copy that
 * is still current, and the refusals of malformed conditional and range headers. (SmallRye OpenAPI reads the
 * responses of an annotation like this one as if they were on the method.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "200", description = "The exact bytes as archived, never rewritten; "
        + "`Accept-Ranges: bytes`.",
        headers = {
            @Header(name = OpenApiNames.ETAG, ref = OpenApiNames.ETAG),
            @Header(name = OpenApiNames.REPR_DIGEST, ref = OpenApiNames.REPR_DIGEST),
            @Header(name = OpenApiNames.LAST_MODIFIED, ref = OpenApiNames.LAST_MODIFIED),
            @Header(name = OpenApiNames.CACHE_CONTROL, ref = OpenApiNames.CACHE_CONTROL)
        },
        content = @Content(mediaType = TextRepresentation.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
@APIResponse(responseCode = "206", description = "The bytes the Range asked for; `Content-Range` says which, of "
        + "how many.",
        headers = {
            @Header(name = "Content-Range", description = "`bytes <first>-<last>/<length>`.",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = OpenApiNames.ETAG, ref = OpenApiNames.ETAG),
            @Header(name = OpenApiNames.REPR_DIGEST, ref = OpenApiNames.REPR_DIGEST)
        },
        content = @Content(mediaType = TextRepresentation.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
@APIResponse(responseCode = "304", description = "Not modified: your copy (If-None-Match, If-Modified-Since) is "
        + "this text.", headers = @Header(name = OpenApiNames.ETAG, ref = OpenApiNames.ETAG))
@APIResponse(responseCode = "400", description = "If-None-Match is not a list of entity tags; send the ETag exactly "
        + "as received.")
@APIResponse(responseCode = "416", description = "The Range is malformed or starts beyond the text; "
        + "`Content-Range: bytes */<length>` gives the length.",
        headers = @Header(name = "Content-Range", description = "`bytes */<length>`.",
                schema = @Schema(type = SchemaType.STRING)))
public @interface ServesArchivedText {
}
