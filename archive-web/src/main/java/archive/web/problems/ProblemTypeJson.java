package archive.web.problems;

import archive.core.problem.ProblemType;

/** A problem type described for programs: the type URI a problem carries, and what the page about it says. */
public record ProblemTypeJson(String type, String title, int status, String meaning, String remedy) {

    static ProblemTypeJson of(ProblemType type) {
        return new ProblemTypeJson(type.uri(), type.title(), type.status(), type.meaning(), type.remedy());
    }
}
