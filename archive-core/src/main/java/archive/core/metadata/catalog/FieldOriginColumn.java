package archive.core.metadata.catalog;

import archive.core.metadata.FieldOrigin;
import archive.core.vocabulary.CodeColumn;
import jakarta.persistence.Converter;

/** metadata_field.origin */
@Converter(autoApply = true)
public class FieldOriginColumn extends CodeColumn<FieldOrigin> {

    public FieldOriginColumn() {
        super(FieldOrigin.class);
    }
}
