package archive.core.account;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** Too many failed sign-ins for an account or from an address; the attempt was refused without being checked. */
public class LoginThrottledException extends ArchiveException {

    private final long retryAfterSeconds;

    public LoginThrottledException(String what, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_FAILED_LOGINS, "Too many failed sign-ins " + what
                + "; try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
