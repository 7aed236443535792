package archive.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReferenceManagerTagsTest {

    private static final String TITLE = "Talks end </script><script>alert(1)</script> <!-- & more";

    @Test
    void jsonLdCannotEndItsScriptElementWhateverTheTitleSays() throws Exception {
        ReferenceManagerTags tags = ReferenceManagerTags.of(document(TITLE), URI.create("https://a.example/documents/x"));

        assertFalse(tags.jsonLd().contains("</"));
        assertFalse(tags.jsonLd().contains("<!--"));
        assertFalse(tags.jsonLd().contains("<"));
        JsonNode article = new ObjectMapper().readTree(tags.jsonLd());
        assertEquals(TITLE, article.get("headline").asText());
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals("2024-07-22T14:03:00Z", article.get("dateCreated").asText());
    }

    @Test
    void writesHighwireAndDublinCoreDatesInTheirFormats() {
        ReferenceManagerTags tags = ReferenceManagerTags.of(document("Title"), URI.create("https://a.example/d"));

        assertEquals("2024/07/22", content(tags, "citation_online_date"));
        assertEquals("2024-07-22", content(tags, "DCTERMS.created"));
        assertEquals("https://a.example/d", content(tags, "DC.identifier"));
        assertEquals("Title", content(tags, "citation_title"));
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
