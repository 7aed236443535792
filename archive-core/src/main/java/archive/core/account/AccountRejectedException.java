package archive.core.account;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** An account change the archive refuses, with what to do instead; nothing was changed. */
public class AccountRejectedException extends ArchiveException {

    private AccountRejectedException(ProblemType type, String detail) {
        super(type, detail);
    }

    public static AccountRejectedException invalid(String detail) {
        return new AccountRejectedException(ProblemType.INVALID_ACCOUNT, detail);
    }

    public static AccountRejectedException conflict(String detail) {
        return new AccountRejectedException(ProblemType.ACCOUNT_CONFLICT, detail);
    }
}
