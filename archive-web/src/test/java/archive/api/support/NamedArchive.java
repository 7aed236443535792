package archive.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An archive run with ARCHIVE_NAME set, as a deployment names itself in citations and bags. */
public class NamedArchive implements QuarkusTestProfile {

    public static final String NAME = "Defense News Text Archive";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("archive.name", NAME);
    }
}
