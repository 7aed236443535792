package archive.api.bags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The files of a bag's payload (its data/ directory), by their path inside it, in the order they were added. */
public final class BagPayload {

    /** Relative, slash-separated, no empty, "." or ".." segment: nothing can be written outside the bag. */
    private static final String SEGMENT = "(?!\\.\\.?(/|$))[^/\\\\\\x00]+";
    private static final Pattern SAFE_PATH = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final ObjectMapper json;

    /** @param json the API's own mapper, so JSON files read as the API's answers do */
    BagPayload(ObjectMapper json) {
        this.json = json;
    }

    public BagPayload addJson(String path, Object value) {
        try {
            return add(path, json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialize", e);
        }
    }

    public BagPayload add(String path, byte[] bytes) {
        if (!SAFE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a relative path inside the bag: " + path);
        }
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalArgumentException("the payload already has " + path);
        }
        return this;
    }

    Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }
}
