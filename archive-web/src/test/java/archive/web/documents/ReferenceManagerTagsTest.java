package archive.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceManagerTagsTest {

    private static final MetadataFacts NO_METADATA = new MetadataFacts(List.of(), List.of());
    private static final URI ARCHIVED_COPY = URI.create("https://a.example/documents/0123456789abcdef/versions/1");
    private static final String TITLE = "Talks end </script><script>alert(1)</script> <!-- & more";

    @Test
    void jsonLdCannotEndItsScriptElementWhateverTheTitleSays() throws Exception {
        ReferenceManagerTags tags = ReferenceManagerTags.of(document(TITLE), NO_METADATA,
                URI.create("https://a.example/documents/x"), ARCHIVED_COPY, Optional.empty());

        assertFalse(tags.jsonLd().contains("</"));
        assertFalse(tags.jsonLd().contains("<!--"));
        assertFalse(tags.jsonLd().contains("<"));
        JsonNode article = new ObjectMapper().readTree(tags.jsonLd());
        assertEquals(TITLE, article.get("headline").asText());
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals("2024-07-22T14:03:00Z", article.get("dateCreated").asText());
    }

    @Test
    void saysWhenItWasArchivedWithoutPassingThatOffAsThePublicationDate() {
        ReferenceManagerTags tags = ReferenceManagerTags.of(document("Title"), NO_METADATA,
                URI.create("https://a.example/d"), ARCHIVED_COPY, Optional.empty());

        assertEquals("2024-07-22", content(tags, "DCTERMS.created"));
        assertTrue(tags.metaTags().stream().noneMatch(tag -> tag.name().equals("citation_online_date")
                || tag.name().equals("citation_date") || tag.name().equals("DC.date")));
        assertEquals(ARCHIVED_COPY.toString(), content(tags, "citation_public_url"));
        assertEquals("https://a.example/d", content(tags, "DC.identifier"));
        assertEquals("Title", content(tags, "citation_title"));
    }

    @Test
    void takesTitlePublisherDateAndAuthorsFromTheMetadata() throws Exception {
        Instant set = Instant.parse("2024-07-23T00:00:00Z");
        MetadataFacts metadata = new MetadataFacts(List.of(
                new MetadataFacts.Fact("Title", "title", "Officials Meet", false, false, "headline", set, 90),
                new MetadataFacts.Fact("Authors", "authors", "Ann Lee", false, true, "admin", set, 100),
                new MetadataFacts.Fact("Publisher", "publisher", "DoD News", false, false, "credit", set, 80),
                new MetadataFacts.Fact("Published", "publicationDate", "2024-07-22", false, false, "x", set, 70)),
                List.of());

        ReferenceManagerTags tags = ReferenceManagerTags.of(document("story.txt"), metadata,
                URI.create("https://a.example/d"), ARCHIVED_COPY, Optional.empty());

        assertEquals("Officials Meet", content(tags, "citation_title"));
        assertEquals("DoD News", content(tags, "citation_publisher"));
        assertEquals("2024/07/22", content(tags, "citation_publication_date"));
        assertEquals("2024-07-22", content(tags, "DC.date"));
        assertEquals("Ann Lee", content(tags, "citation_author"));
        assertEquals("DoD News", content(tags, "prism.publicationName"));
        assertTrue(tags.coins().contains("&rft.source=DoD%20News&"), tags.coins());
        JsonNode article = new ObjectMapper().readTree(tags.jsonLd());
        assertEquals("DoD News", article.path("publisher").path("name").asText());
        assertEquals("2024-07-22", article.path("datePublished").asText());
        assertEquals("Officials Meet", article.path("headline").asText());
    }

    private static String content(ReferenceManagerTags tags, String name) {
        return tags.metaTags().stream().filter(tag -> tag.name().equals(name)).findFirst().orElseThrow().content();
    }

    private static DocumentDescription document(String title) {
        Instant archived = Instant.parse("2024-07-22T14:03:00Z");
        return new DocumentDescription("0123456789abcdef", title, "story.txt", archived, archived, 1, "0".repeat(64),
                12, "text/plain; charset=utf-8");
    }
}
