package archive.core.catalog;

import archive.core.vocabulary.CodeColumn;
import jakarta.persistence.Converter;

/** archive_event.type */
@Converter(autoApply = true)
public class EventTypeColumn extends CodeColumn<EventType> {

    public EventTypeColumn() {
        super(EventType.class);
    }
}
