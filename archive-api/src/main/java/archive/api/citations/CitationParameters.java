package archive.api.citations;

import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Query parameters shared by the citation and export endpoints, validated into 400 problems. */
final class CitationParameters {

    private CitationParameters() {
    }

    /** {@code ?version=n}: empty for the current version. */
    static Optional<Integer> version(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(raw.strip());
            if (number >= 1) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RequestProblemException(ProblemType.INVALID_VERSION, "'version' is a version number (1, 2, 3 …), "
                + "not '" + raw + "'; leave it out to cite the current version.");
    }

    /** {@code ?format=}: a constant by its lower-case, hyphenated name ("csl-json" → CSL_JSON), else a 400. */
    static <E extends Enum<E>> E format(String raw, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(raw)) {
                return constant;
            }
        }
        String names = Arrays.stream(type.getEnumConstants()).map(CitationParameters::name)
                .collect(Collectors.joining(", "));
        throw new RequestProblemException(ProblemType.INVALID_FORMAT, "'format' must be one of "
                + names + (raw == null ? "." : ", not '" + raw + "'."));
    }

    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
