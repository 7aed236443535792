package archive.core.metadata.catalog;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** A metadata correction that cannot be applied: not an object, an unknown field, or a value of the wrong shape. */
public class InvalidCorrectionException extends ArchiveException {

    public InvalidCorrectionException(String detail) {
        super(ProblemType.INVALID_METADATA_CORRECTION, detail);
    }
}
