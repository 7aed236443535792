package archive.api.metadata;

import archive.core.metadata.catalog.FieldCorrection;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One field a librarian changed, as the metadata history lists it; {@code from}/{@code to} are null for "no value". */
public record CorrectionJson(int metadataVersion, String field, JsonNode from, JsonNode to, String by, Instant at,
        String ocflVersion) {

    static CorrectionJson of(FieldCorrection correction) {
        return new CorrectionJson(correction.metadataVersion, correction.name, correction.oldValue,
                correction.newValue, correction.correctedBy, correction.correctedAt, correction.ocflVersion.toString());
    }
}
