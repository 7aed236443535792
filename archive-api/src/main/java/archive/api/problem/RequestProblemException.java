package archive.api.problem;

import archive.core.problem.ProblemType;

/** A malformed request the HTTP layer itself detects (bad header, bad parameter), answered with its type's status. */
public class RequestProblemException extends RuntimeException {

    private final ProblemType type;

    public RequestProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
