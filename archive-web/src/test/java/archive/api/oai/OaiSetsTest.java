package archive.api.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.core.oai.RecordSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A publisher's set is its name as a setSpec can spell it, and spellings that agree are one set. */
class OaiSetsTest {

    @Test
    void aPublisherSetIsItsNameLowercasedWithoutAccentsOrPunctuation() {
        assertEquals(Optional.of("publisher:u-s-department-of-defense"),
                OaiSets.publisherSet("U.S. Department of Defense"));
        assertEquals(Optional.of("publisher:ministere-des-armees"), OaiSets.publisherSet(" Ministère des Armées!"));
        assertEquals(Optional.empty(), OaiSets.publisherSet("—"));
    }

    @Test
    void spellingsOfOnePublisherAreOneSetNamedByTheFirst() {
        List<String> publishers = List.of("DoD News", "DOD NEWS", "THX News");
        assertEquals(Map.of("publisher:dod-news", "DoD News", "publisher:thx-news", "THX News"),
                OaiSets.publisherSets(publishers));
        assertEquals(Optional.of(new RecordSet.Publishers(Set.of("DoD News", "DOD NEWS"))),
                OaiSets.select("publisher:dod-news", () -> publishers));
        assertEquals(Optional.empty(), OaiSets.select("publisher:nobody", () -> publishers));
        assertEquals(Optional.of(RecordSet.Kind.REWRITES), OaiSets.select("rewrites", () -> publishers));
    }
}
