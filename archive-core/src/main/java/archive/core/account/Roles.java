package archive.core.account;

import java.util.Set;

/**
 * The roles the archive knows. Reads are public unless ARCHIVE_PUBLIC_READ=false, when any signed-in account may
 * read ({@link #READER} is the role of accounts that may do nothing else); writing needs {@link #LIBRARIAN},
 * administration (accounts, other people's tokens) {@link #ADMIN}.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String LIBRARIAN = "librarian";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(READER, LIBRARIAN, ADMIN);

    private Roles() {
    }
}
