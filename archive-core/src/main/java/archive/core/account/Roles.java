package archive.core.account;

/** The roles the archive knows. Reads are public; writing needs {@link #LIBRARIAN}, administration {@link #ADMIN}. */
public final class Roles {

    public static final String LIBRARIAN = "librarian";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
