package archive.core.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Looks terms up by their codes. */
public final class Codes {

    private Codes() {
    }

    /** The term of {@code vocabulary} spelt {@code code}, if there is one (for input that may be anything). */
    public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> vocabulary, String code) {
        for (E term : vocabulary.getEnumConstants()) {
            if (term.code().equals(code)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /** The term of {@code vocabulary} spelt {@code code}; any other code is refused, naming it and the known ones. */
    public static <E extends Enum<E> & Coded> E of(Class<E> vocabulary, String code) {
        return find(vocabulary, code).orElseThrow(() -> new UnknownCodeException(vocabulary.getSimpleName(), code,
                known(vocabulary)));
    }

    /** The codes of {@code vocabulary} in declaration order, comma-separated. */
    public static <E extends Enum<E> & Coded> String known(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
