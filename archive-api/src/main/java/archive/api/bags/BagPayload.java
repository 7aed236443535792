package archive.api.bags;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * The payload of a bag being written (what becomes its data/ directory): each file goes to the bag's work area as it
 * is added, so a bag of a whole collection is never held in memory.
 */
public final class BagPayload {

    /** Relative, slash-separated, no empty, "." or ".." segment: nothing can be written outside the bag. */
    private static final String SEGMENT = "(?!\\.\\.?(/|$))[^/\\\\\\x00]+";
    private static final Pattern SAFE_PATH = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");

    private final Path directory;
    private final ObjectMapper json;

    /** @param json the API's own mapper, so JSON files read as the API's answers do */
    BagPayload(Path directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    public BagPayload addJson(String path, Object value) {
        try (OutputStream out = create(path)) {
            json.writeValue(out, value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + " into the bag's work area", e);
        }
    }

    public BagPayload add(String path, byte[] bytes) {
        try (OutputStream out = create(path)) {
            out.write(bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + " into the bag's work area", e);
        }
    }

    private OutputStream create(String path) throws IOException {
        if (!SAFE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a relative path inside the bag: " + path);
        }
        Path target = directory.resolve(path);
        Files.createDirectories(target.getParent());
        try {
            return Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("the payload already has " + path, e);
        }
    }
}
