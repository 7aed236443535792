package archive.api.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.catalog.DocumentId;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The repository as the host it is reached at names it: base URL, identifiers, the default administrator. */
class OaiRepositoryTest {

    private final OaiRepository repository = new OaiRepository(URI.create("https://Archive.Example.org/"));

    @Test
    void identifiersNameTheHost() {
        assertEquals("https://Archive.Example.org/oai", repository.baseUrl());
        assertEquals("oai:archive.example.org:095111aef963144d", repository.identifier("095111aef963144d"));
        assertEquals(Optional.of(new DocumentId("095111aef963144d")),
                repository.document("oai:archive.example.org:095111aef963144d"));
        assertEquals(Optional.empty(), repository.document("oai:localhost:095111aef963144d"));
        assertEquals(Optional.empty(), repository.document("oai:archive.example.org:095111AEF963144D"));
        assertTrue(repository.hostIsDomainName());
        assertFalse(new OaiRepository(URI.create("http://localhost:8080/")).hostIsDomainName());
    }

    @Test
    void withoutAConfiguredAddressThePostmasterIsTheAdministrator() {
        assertEquals("postmaster@archive.example.org", repository.postmaster());
    }
}
