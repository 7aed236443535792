package archive.web.admin;

import archive.core.account.Account;
import java.time.Instant;
import java.util.List;

/** One account as the administration pages show it; never its password hash. */
public record AccountRow(String username, String roles, List<RoleChoice> roleChoices, boolean enabled,
        Instant createdAt) {

    public static AccountRow of(Account account) {
        return new AccountRow(account.username, String.join(", ", account.roleSet().stream().sorted().toList()),
                RoleChoice.of(account.roleSet()), account.enabled, account.createdAt);
    }

    public String path() {
        return AccountsPage.PATH + "/" + username;
    }

    public String status() {
        return enabled ? "enabled" : "disabled";
    }
}
