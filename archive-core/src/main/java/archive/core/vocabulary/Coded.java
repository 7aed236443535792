package archive.core.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A term of the archive's vocabulary (a link status, a relation, an event type or outcome, ...) and the code that
 * spells it wherever it leaves the JVM: catalog columns, {@code metadata.json}, the API's JSON. Codes are stored, so
 * a code never changes; Jackson writes a term as its code and reads it back from it.
 */
public interface Coded {

    @JsonValue
    String code();
}
