package archive.api.metadata;

import archive.api.openapi.OpenApiNames;
import archive.core.metadata.catalog.FieldCorrection;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field a librarian changed, as the metadata history lists it; {@code from}/{@code to} are null for "no value". */
public record CorrectionJson(int metadataVersion, String field,
        @Schema(ref = OpenApiNames.METADATA_VALUE) JsonNode from,
        @Schema(ref = OpenApiNames.METADATA_VALUE) JsonNode to,
        String by, Instant at, @Schema(description = "The OCFL version that archived the correction, e.g. v3.")
        String ocflVersion) {

    static CorrectionJson of(FieldCorrection correction) {
        return new CorrectionJson(correction.metadataVersion, correction.name, correction.oldValue,
                correction.newValue, correction.correctedBy, correction.correctedAt, correction.ocflVersion.toString());
    }
}
