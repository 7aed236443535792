package archive.core.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person who may sign in to the archive; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    @Id
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Comma-separated role names. */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whether a name can be an account's; anything else is not looked up (and never reaches the database). */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Roles as stored: sorted, comma-separated. */
    public static String joinRoles(Set<String> roles) {
        return String.join(",", roles.stream().sorted().toList());
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
