package archive.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An archive run with ARCHIVE_REQUIRE_IF_MATCH=false, for clients written before If-Match was required. */
public class IfMatchOptionalArchive implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("archive.require-if-match", "false");
    }
}
