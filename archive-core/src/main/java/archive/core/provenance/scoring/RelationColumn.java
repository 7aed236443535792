package archive.core.provenance.scoring;

import archive.core.vocabulary.CodeColumn;
import jakarta.persistence.Converter;

/** provenance_link.relation */
@Converter(autoApply = true)
public class RelationColumn extends CodeColumn<Relation> {

    public RelationColumn() {
        super(Relation.class);
    }
}
