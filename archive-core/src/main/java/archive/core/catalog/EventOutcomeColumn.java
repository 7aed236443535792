package archive.core.catalog;

import archive.core.vocabulary.CodeColumn;
import jakarta.persistence.Converter;

/** archive_event.outcome */
@Converter(autoApply = true)
public class EventOutcomeColumn extends CodeColumn<EventOutcome> {

    public EventOutcomeColumn() {
        super(EventOutcome.class);
    }
}
