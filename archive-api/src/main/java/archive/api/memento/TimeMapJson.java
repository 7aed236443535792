package archive.api.memento;

import java.time.Instant;
import java.util.List;

/** A TimeMap as JSON: the same as its link-format, with ISO-8601 datetimes. */
public record TimeMapJson(String original, String self, String timegate, Instant from, Instant until,
        List<MementoJson> mementos) {

    /** One memento: where it is, when it was archived, which document version it is. */
    public record MementoJson(String uri, Instant datetime, String documentId, int version) {
    }
}
