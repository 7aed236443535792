package archive.core.account;

import archive.core.ArchiveException;

/** Also what someone hears about another account's token: its existence is not theirs to learn. */
public class TokenNotFoundException extends ArchiveException {

    public TokenNotFoundException(long id) {
        super(Kind.NOT_FOUND, "token-not-found", "You have no API token with id " + id
                + "; GET /api/v1/tokens lists yours.");
    }
}
