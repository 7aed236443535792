package archive.core.account;

import archive.core.ArchiveException;

/** An account change the archive refuses, with what to do instead; nothing was changed. */
public class AccountRejectedException extends ArchiveException {

    private AccountRejectedException(Kind kind, String type, String detail) {
        super(kind, type, detail);
    }

    public static AccountRejectedException invalid(String detail) {
        return new AccountRejectedException(Kind.INVALID, "invalid-account", detail);
    }

    public static AccountRejectedException conflict(String detail) {
        return new AccountRejectedException(Kind.CONFLICT, "account-conflict", detail);
    }
}
