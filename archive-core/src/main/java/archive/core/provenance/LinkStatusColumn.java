package archive.core.provenance;

import archive.core.vocabulary.CodeColumn;
import jakarta.persistence.Converter;

/** provenance_link.status */
@Converter(autoApply = true)
public class LinkStatusColumn extends CodeColumn<LinkStatus> {

    public LinkStatusColumn() {
        super(LinkStatus.class);
    }
}
