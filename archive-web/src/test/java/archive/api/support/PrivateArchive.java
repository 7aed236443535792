package archive.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An archive that only signed-in accounts may read, with tight sign-in limits so tests can reach them. */
public class PrivateArchive implements QuarkusTestProfile {

    public static final int MAX_FAILURES_PER_ADDRESS = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "archive.public-read", "false",
                "archive.login.max-failures-per-address", Integer.toString(MAX_FAILURES_PER_ADDRESS));
    }
}
