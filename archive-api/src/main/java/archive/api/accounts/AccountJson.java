package archive.api.accounts;

import archive.core.account.Account;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as administrators see it; never its password hash. */
public record AccountJson(String username, @Schema(description = AccountJson.ROLES) List<String> roles,
        boolean enabled, Instant createdAt, Links links) {

    static final String ROLES = "Any of `reader` (may only read), `librarian` (may write), `admin` (may administer).";

    @Schema(name = "AccountLinks")
    public record Links(String self, String events) {
    }

    public static AccountJson of(Account account) {
        String self = "/api/v1/accounts/" + account.username;
        return new AccountJson(account.username, account.roleSet().stream().sorted().toList(), account.enabled,
                account.createdAt, new Links(self, self + "/events"));
    }
}
