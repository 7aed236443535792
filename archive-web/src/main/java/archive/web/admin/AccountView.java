package archive.web.admin;

import archive.web.documents.EventRow;
import archive.web.tokens.TokenRow;
import java.util.List;

/** One account's page: its facts, its API tokens (revocable here) and its history. */
public record AccountView(AccountRow account, List<TokenRow> tokens, List<EventRow> history, String confirmation) {

    /** Where each token's revoke form posts, followed by "/{id}/revoke". */
    public String tokensPath() {
        return account.path() + "/tokens";
    }
}
