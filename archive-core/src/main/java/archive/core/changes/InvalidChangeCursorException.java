package archive.core.changes;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** An {@code after} that is no cursor, or names no change this archive's feed served. */
public class InvalidChangeCursorException extends ArchiveException {

    private InvalidChangeCursorException(String detail) {
        super(ProblemType.INVALID_CURSOR, detail);
    }

    static InvalidChangeCursorException malformed(String written) {
        return new InvalidChangeCursorException("'" + excerpt(written) + "' is not a cursor of the change feed; "
                + "follow the Link rel=\"next\" of a page, or leave 'after' out to start at the first change.");
    }

    static InvalidChangeCursorException unknown(ChangeCursor cursor) {
        return new InvalidChangeCursorException("The cursor '" + cursor + "' names no change of this archive's feed "
                + "(it may come from another archive, or from before its catalog was rebuilt); leave 'after' out "
                + "to start again at the first change.");
    }
}
