package archive.web.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.problem.ProblemType;
import archive.core.vocabulary.Codes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Exceptions and request problems name a {@link ProblemType}, so the code cannot invent a type; this checks what is
 * still spelt out by hand — the API description's examples, the templates, the README, and the types the tests
 * expect — names a type that exists, and so a page that explains it.
 */
class ProblemTypesInUseTest {

    private static final Pattern TYPE = Pattern.compile("/problems/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final List<Path> SOURCES = List.of(Path.of("../archive-core/src"), Path.of("../archive-api/src"),
            Path.of("src"), Path.of("../README.md"));

    @Test
    void everyTypeSpeltOutIsAProblemType() {
        List<String> unknown = new ArrayList<>();
        int found = 0;
        for (Path file : files()) {
            Matcher type = TYPE.matcher(read(file));
            while (type.find()) {
                found++;
                if (Codes.find(ProblemType.class, type.group(1)).isEmpty()) {
                    unknown.add(file + ": " + type.group());
                }
            }
        }
        assertTrue(found > 10, "the scan sees the sources (" + found + " types found)");
        assertEquals(List.of(), unknown);
    }

    private static List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path source : SOURCES) {
            try (Stream<Path> walk = Files.walk(source)) {
                walk.filter(Files::isRegularFile).filter(path -> path.toString().matches(".*\\.(java|html|md)"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
