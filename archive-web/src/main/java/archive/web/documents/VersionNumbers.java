package archive.web.documents;

import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;

/** Version numbers as they appear in page addresses: 1, 2, 3 …, anything else explained. */
final class VersionNumbers {

    private VersionNumbers() {
    }

    static int parse(String name, String raw, int latest) {
        try {
            int number = Integer.parseInt(raw.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new RequestProblemException(ProblemType.INVALID_VERSION, "'" + name + "' must be a version number "
                + "from 1 to " + latest + ", not '" + raw + "'.");
    }
}
