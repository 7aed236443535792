package archive.core.memento;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;
import java.time.Instant;

/** A TimeGate was asked for a moment before anything of the original resource was archived. */
public class NoMementoBeforeException extends ArchiveException {

    public NoMementoBeforeException(String original, Instant moment, Instant first) {
        super(ProblemType.NO_MEMENTO_BEFORE, "Nothing of " + excerpt(original) + " was archived at or before "
                + moment + "; its first memento was archived at " + first + ". Ask for a later Accept-Datetime, "
                + "or read the TimeMap.");
    }
}
