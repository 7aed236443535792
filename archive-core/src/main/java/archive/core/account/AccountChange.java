package archive.core.account;

import java.util.Optional;
import java.util.Set;

/** What an administrator changes about an account; absent parts stay as they are. */
public record AccountChange(Optional<Set<String>> roles, Optional<Boolean> enabled, Optional<String> password) {
}
