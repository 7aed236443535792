package archive.core.account;

import archive.core.ArchiveException;
import archive.core.problem.ProblemType;

/** Also what someone hears about another account's token: its existence is not theirs to learn. */
public class TokenNotFoundException extends ArchiveException {

    public TokenNotFoundException(long id) {
        super(ProblemType.TOKEN_NOT_FOUND, "You have no API token with id " + id
                + "; GET /api/v1/tokens lists yours.");
    }
}
