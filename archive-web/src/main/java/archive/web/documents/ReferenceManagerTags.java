package archive.web.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import archive.core.metadata.catalog.FieldName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document page's description for reference managers (Zotero, Mendeley, Google Scholar): Highwire Press
 * {@code citation_*} tags, Dublin Core, and schema.org NewsArticle JSON-LD, all from one
 * {@link DocumentDescription}.
 */
public record ReferenceManagerTags(List<MetaTag> metaTags, String jsonLd) {

    public record MetaTag(String name, String content) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HIGHWIRE_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public static ReferenceManagerTags of(DocumentDescription document, MetadataFacts metadata, URI page) {
        String title = metadata.value(FieldName.TITLE).orElse(document.title());
        Optional<String> publisher = metadata.value(FieldName.PUBLISHER);
        Optional<String> published = metadata.value(FieldName.PUBLICATION_DATE);
        List<String> authors = metadata.value(FieldName.AUTHORS).map(names -> List.of(names.split("; ")))
                .orElse(List.of());
        List<MetaTag> tags = new ArrayList<>(List.of(
                new MetaTag("citation_title", title),
                new MetaTag("citation_online_date", HIGHWIRE_DATE.format(document.archivedAt())),
                new MetaTag("citation_fulltext_html_url", page.toString()),
                new MetaTag("DC.title", title),
                new MetaTag("DC.identifier", page.toString()),
                new MetaTag("DC.type", "Text"),
                new MetaTag("DC.format", document.mediaType()),
                new MetaTag("DCTERMS.created", ISO_DATE.format(document.archivedAt())),
                new MetaTag("DCTERMS.modified", ISO_DATE.format(document.updatedAt()))));
        publisher.ifPresent(name -> {
            tags.add(new MetaTag("citation_publisher", name));
            tags.add(new MetaTag("DC.publisher", name));
        });
        published.ifPresent(date -> {
            tags.add(new MetaTag("citation_publication_date", date.replace('-', '/')));
            tags.add(new MetaTag("DC.date", date));
        });
        authors.forEach(author -> {
            tags.add(new MetaTag("citation_author", author));
            tags.add(new MetaTag("DC.creator", author));
        });
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("@id", page.toString());
        article.put("url", page.toString());
        article.put("headline", title);
        publisher.ifPresent(name -> article.put("publisher", Map.of("@type", "Organization", "name", name)));
        published.ifPresent(date -> article.put("datePublished", date));
        if (!authors.isEmpty()) {
            article.put("author", authors.stream().map(author -> Map.of("@type", "Person", "name", author)).toList());
        }
        article.put("identifier", document.id());
        article.put("dateCreated", document.archivedAt().toString());
        article.put("dateModified", document.updatedAt().toString());
        article.put("encodingFormat", document.mediaType());
        return new ReferenceManagerTags(tags, scriptSafe(article));
    }

    /**
     * JSON for inside a script element. Escaping {@code <}, {@code >} and {@code &} as \\u escapes (which JSON
     * allows only inside strings, where they are anyway) means no text can end the element ("&lt;/script&gt;")
     * or open a comment, whatever a title contains.
     */
    static String scriptSafe(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of plain strings cannot fail to serialize", e);
        }
    }
}
