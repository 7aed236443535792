package archive.api.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.NamedArchive;
import archive.api.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With ARCHIVE_NAME set, OAI-PMH names the repository by it, and MODS records their source by it. */
@QuarkusTest
@TestProfile(NamedArchive.class)
class NamedArchiveOaiTest {

    @Test
    void theRepositoryIsNamedByArchiveName() {
        assertEquals(NamedArchive.NAME, Oai.get("verb", "Identify").text("//oai:Identify/oai:repositoryName"));
        assertEquals(NamedArchive.NAME, Oai.get("verb", "GetRecord", "identifier",
                Oai.identifier(Seeds.DEFENSE_STORY_JULY), "metadataPrefix", "mods")
                .text("//mods:recordInfo/mods:recordContentSource"));
    }
}
