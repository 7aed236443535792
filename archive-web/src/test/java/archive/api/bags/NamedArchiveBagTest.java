package archive.api.bags;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.Bags;
import archive.api.support.NamedArchive;
import archive.api.support.Seeds;
import gov.loc.repository.bagit.domain.Bag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With ARCHIVE_NAME set, a bag names the archive that made it. */
@QuarkusTest
@TestProfile(NamedArchive.class)
class NamedArchiveBagTest {

    @TempDir
    Path temporary;

    @Test
    void theArchiveIsTheBagsSourceOrganization() throws Exception {
        Bag bag = Bags.verified(Bags.unzip(given().get("/api/v1/documents/{id}/bag", Seeds.DEFENSE_STORY_JULY)
                .then().statusCode(200).extract().asByteArray(), temporary));
        assertEquals(List.of(NamedArchive.NAME), bag.getMetadata().get("Source-Organization"));
    }
}
