package archive.web.admin;

import archive.core.account.Roles;
import java.util.List;
import java.util.Set;

/** One role as a checkbox: its name, what it lets an account do, and whether it is chosen. */
public record RoleChoice(String name, String description, boolean chosen) {

    /** Least to most powerful, the order the forms offer them in. */
    private static final List<RoleChoice> ROLES = List.of(
            new RoleChoice(Roles.READER, "reads (when the archive is not public); nothing else", false),
            new RoleChoice(Roles.LIBRARIAN, "uploads documents and new versions, imports, audits, reviews "
                    + "provenance", false),
            new RoleChoice(Roles.ADMIN, "manages accounts and anyone's API tokens", false));

    public static List<RoleChoice> of(Set<String> chosen) {
        return ROLES.stream().map(role -> new RoleChoice(role.name, role.description, chosen.contains(role.name)))
                .toList();
    }
}
