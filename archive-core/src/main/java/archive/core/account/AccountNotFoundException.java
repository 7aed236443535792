package archive.core.account;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

public class AccountNotFoundException extends ArchiveException {

    public AccountNotFoundException(String username) {
        super(ProblemType.ACCOUNT_NOT_FOUND, "No account is named '" + username
                + "'; GET /api/v1/accounts lists them.");
    }
}
