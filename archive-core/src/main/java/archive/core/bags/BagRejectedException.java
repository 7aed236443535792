package archive.core.bags;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** A bag the archive will not import, and why; nothing of it has been stored. */
public class BagRejectedException extends ArchiveException {

    public BagRejectedException(ProblemType type, String detail) {
        super(type, detail);
    }
}
