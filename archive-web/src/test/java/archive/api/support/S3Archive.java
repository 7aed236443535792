package archive.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The archive with its OCFL store in a bucket of a real S3-compatible server (ARCHIVE_STORAGE=s3). */
public class S3Archive implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3Server.class));
    }
}
