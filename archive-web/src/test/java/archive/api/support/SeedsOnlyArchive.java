package archive.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A fresh archive holding the five seeds only, for tests of how a look-up ranks them: provenance weighs a passage by
 * how rare its words are in the archive, and other tests archive copies of the seeds, which make their text common.
 * (A profile of its own restarts the application on a new data directory and database.)
 */
public class SeedsOnlyArchive implements QuarkusTestProfile {
}
