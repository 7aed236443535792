package archive.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everyTypeHasItsOwnCodeUnderProblems() {
        Set<String> codes = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.code().matches("[a-z0-9]+(-[a-z0-9]+)*"), type.code());
            assertTrue(codes.add(type.code()), "one code per type: " + type.code());
            assertEquals("/problems/" + type.code(), type.uri());
        }
    }

    /** Client mistakes are 4xx, the archive's own faults 5xx; a type is never a success. */
    @Test
    void everyTypeIsAnErrorStatusExplainedInSentences() {
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.status() >= 400 && type.status() <= 599, type + " " + type.status());
            assertTrue(!type.title().isBlank() && !type.title().endsWith("."), type.title());
            assertTrue(type.meaning().endsWith("."), type + ": " + type.meaning());
            assertTrue(type.remedy().endsWith("."), type + ": " + type.remedy());
        }
    }

    @Test
    void theArchivesOwnFaultsAreTheIntegrityFailures() {
        assertEquals(Set.of(ProblemType.FIXITY_FAILURE, ProblemType.STORED_FILE_UNREADABLE),
                Set.copyOf(Arrays.stream(ProblemType.values()).filter(type -> type.status() >= 500).toList()));
    }
}
