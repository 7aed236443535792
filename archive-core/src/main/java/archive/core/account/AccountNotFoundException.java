package archive.core.account;

import archive.core.ArchiveException;

public class AccountNotFoundException extends ArchiveException {

    public AccountNotFoundException(String username) {
        super(Kind.NOT_FOUND, "account-not-found", "No account is named '" + username
                + "'; GET /api/v1/accounts lists them.");
    }
}
