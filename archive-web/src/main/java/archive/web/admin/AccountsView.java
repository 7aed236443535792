package archive.web.admin;

import java.util.List;
import java.util.Set;

/** The accounts list: every account, what was just done or refused, and the new-account form's values. */
public record AccountsView(List<AccountRow> accounts, String confirmation, String problem, String newName,
        List<RoleChoice> newRoles) {

    static AccountsView of(List<AccountRow> accounts, String confirmation) {
        return new AccountsView(accounts, confirmation, null, "", RoleChoice.of(Set.of()));
    }
}
