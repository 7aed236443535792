package archive.core.catalog;

import io.ocfl.api.model.VersionNum;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * OCFL version numbers ({@code document.ocfl_head}, {@code document_version.ocfl_version},
 * {@code metadata_correction.ocfl_version}) as ocfl-java's {@link VersionNum}, stored as the OCFL spells them
 * ("v3"); a stored value that is no version number is refused by {@link VersionNum#fromString}.
 */
@Converter(autoApply = true)
public class VersionNumColumn implements AttributeConverter<VersionNum, String> {

    @Override
    public String convertToDatabaseColumn(VersionNum version) {
        return version == null ? null : version.toString();
    }

    @Override
    public VersionNum convertToEntityAttribute(String stored) {
        return stored == null ? null : VersionNum.fromString(stored);
    }
}
