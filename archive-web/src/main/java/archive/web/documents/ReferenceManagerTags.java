package archive.web.documents;

import archive.core.citation.ExportFormat;
import archive.core.metadata.catalog.FieldName;
import archive.web.provenance.ProvenancePanel.DerivedFrom;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A document page's description for reference managers (Zotero, Mendeley, Google Scholar): Highwire Press
 * {@code citation_*} tags, Dublin Core, PRISM and Open Graph meta tags, schema.org NewsArticle JSON-LD, a COinS
 * ContextObject and links to the exports, all from one {@link DocumentDescription} and its metadata.
 *
 * <p>Written for what Zotero's translators read. Embedded Metadata guesses {@code journalArticle} from a bare
 * {@code citation_title}, and so does {@code DC.type="Text"}; a {@code DC.type} of {@value #DC_NEWS_TYPE} makes
 * it a {@code newspaperArticle}, as long as no {@code citation_journal_title} (or other Highwire container) is
 * there, which would override every other type. A newspaper article has no publisher field in Zotero: its
 * "publication" is read from {@code prism.publicationName} (or {@code DC.source}). So a rewrite names its source
 * with {@code DCTERMS.isVersionOf} and {@code DC.relation}, never {@code DC.source}, which Zotero would save as the
 * rewrite's publication. Zotero does not read JSON-LD; other harvesters do ({@code isBasedOn}, {@code archivedAt}).
 * A publication date the archive flagged as contradicting the text is left out until a librarian sets it, and
 * there is no {@code citation_online_date}: Zotero takes it for the publication date when there is none, and the
 * day a text was archived is not the day it was published ({@code DCTERMS.created} says when it was archived).
 */
public record ReferenceManagerTags(List<MetaTag> metaTags, String jsonLd, String coins, List<Alternate> alternates) {

    /** @param attribute {@code name}, or {@code property} for Open Graph (both are read by Zotero) */
    public record MetaTag(String attribute, String name, String content) {

        static MetaTag named(String name, String content) {
            return new MetaTag("name", name, content);
        }

        static MetaTag property(String name, String content) {
            return new MetaTag("property", name, content);
        }
    }

    /** A {@code <link rel="alternate">} to the same record in another format. */
    public record Alternate(String type, String href, String title) {
    }

    /** The EPrints/Dublin Core type Zotero maps to newspaperArticle. */
    static final String DC_NEWS_TYPE = "NewsItem";
    /** The Zotero item type COinS names (a Dublin Core ContextObject carries Zotero's own type names). */
    static final String COINS_ITEM_TYPE = "newspaperArticle";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /**
     * @param page         the document's page
     * @param archivedCopy the permalink of the version shown
     * @param source       for a rewrite, the source the archive accepted
     */
    public static ReferenceManagerTags of(DocumentDescription document, MetadataFacts metadata, URI page,
            URI archivedCopy, Optional<DerivedFrom> source) {
        String title = metadata.value(FieldName.TITLE).orElse(document.title());
        Optional<String> publisher = metadata.value(FieldName.PUBLISHER);
        Optional<String> published = metadata.trustedPublicationDate();
        String url = metadata.value(FieldName.SOURCE_URL).orElse(archivedCopy.toString());
        List<String> authors = metadata.value(FieldName.AUTHORS).map(names -> List.of(names.split("; ")))
                .orElse(List.of());
        List<MetaTag> tags = new ArrayList<>(List.of(
                MetaTag.named("citation_title", title),
                MetaTag.named("citation_public_url", url),
                MetaTag.named("citation_fulltext_html_url", archivedCopy.toString()),
                MetaTag.named("DC.title", title),
                MetaTag.named("DC.type", DC_NEWS_TYPE),
                MetaTag.named("DC.identifier", page.toString()),
                MetaTag.named("DC.format", document.mediaType()),
                MetaTag.named("DCTERMS.created", ISO_DATE.format(document.archivedAt())),
                MetaTag.named("DCTERMS.modified", ISO_DATE.format(document.updatedAt())),
                MetaTag.property("og:type", "article"),
                MetaTag.property("og:title", title),
                MetaTag.property("og:url", url)));
        publisher.ifPresent(name -> {
            tags.add(MetaTag.named("citation_publisher", name));
            tags.add(MetaTag.named("DC.publisher", name));
            tags.add(MetaTag.named("prism.publicationName", name));
        });
        published.ifPresent(date -> {
            tags.add(MetaTag.named("citation_publication_date", date.replace('-', '/')));
            tags.add(MetaTag.named("citation_date", date.replace('-', '/')));
            tags.add(MetaTag.named("DC.date", date));
            tags.add(MetaTag.property("article:published_time", date));
        });
        authors.forEach(author -> {
            tags.add(MetaTag.named("citation_author", author));
            tags.add(MetaTag.named("DC.creator", author));
        });
        source.ifPresent(from -> sourceAddresses(from).forEach(address -> {
            tags.add(MetaTag.named("DCTERMS.isVersionOf", address));
            tags.add(MetaTag.named("DC.relation", address));
        }));

        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("@id", page.toString());
        article.put("url", page.toString());
        article.put("headline", title);
        publisher.ifPresent(name -> article.put("publisher", organization(name)));
        published.ifPresent(date -> article.put("datePublished", date));
        if (!authors.isEmpty()) {
            article.put("author", authors.stream().map(author -> Map.of("@type", "Person", "name", author)).toList());
        }
        article.put("identifier", document.id());
        article.put("dateCreated", document.archivedAt().toString());
        article.put("dateModified", document.updatedAt().toString());
        article.put("encodingFormat", document.mediaType());
        article.put("archivedAt", archivedCopy.toString());
        metadata.value(FieldName.SOURCE_URL).ifPresent(address -> article.put("sameAs", address));
        source.ifPresent(from -> article.put("isBasedOn", basedOn(from)));

        return new ReferenceManagerTags(tags, scriptSafe(article),
                coins(title, publisher, published, authors, url), alternates(document.id()));
    }

    /** Where the source can be read: where it was published (defense.gov), and its archived copy here. */
    private static List<String> sourceAddresses(DerivedFrom source) {
        return Stream.of(source.sourceUrl(), source.archivedCopy().toString()).filter(address -> address != null)
                .toList();
    }

    private static Map<String, Object> basedOn(DerivedFrom source) {
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("@type", "NewsArticle");
        original.put("@id", source.archivedCopy().toString());
        original.put("headline", source.link().sourceTitle());
        if (source.publisher() != null) {
            original.put("publisher", organization(source.publisher()));
        }
        if (source.publishedOn() != null) {
            original.put("datePublished", source.publishedOn());
        }
        if (source.sourceUrl() != null) {
            original.put("url", source.sourceUrl());
        }
        original.put("archivedAt", source.archivedCopy().toString());
        return original;
    }

    private static Map<String, String> organization(String name) {
        return Map.of("@type", "Organization", "name", name);
    }

    /**
     * An OpenURL 1.0 ContextObject (KEV) in Dublin Core, the form Zotero reads any type from ({@code rft.type} a
     * Zotero type name); {@code rft.source} is the publication, {@code rft.identifier} the address.
     */
    private static String coins(String title, Optional<String> publisher, Optional<String> published,
            List<String> authors, String url) {
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {"ctx_ver", "Z39.88-2004"});
        keys.add(new String[] {"rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"});
        keys.add(new String[] {"rft.type", COINS_ITEM_TYPE});
        keys.add(new String[] {"rft.title", title});
        publisher.ifPresent(name -> {
            keys.add(new String[] {"rft.source", name});
            keys.add(new String[] {"rft.publisher", name});
        });
        published.ifPresent(date -> keys.add(new String[] {"rft.date", date}));
        authors.forEach(author -> keys.add(new String[] {"rft.au", author}));
        keys.add(new String[] {"rft.identifier", url});
        return keys.stream().map(key -> key[0] + "=" + URLEncoder.encode(key[1], StandardCharsets.UTF_8)
                .replace("+", "%20")).collect(Collectors.joining("&"));
    }

    private static List<Alternate> alternates(String documentId) {
        return Arrays.stream(ExportFormat.values())
                .map(format -> new Alternate(format.mediaType(), "/api/v1/documents/" + documentId
                        + "/export?format=" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        title(format)))
                .toList();
    }

    private static String title(ExportFormat format) {
        return switch (format) {
            case BIBTEX -> "BibTeX";
            case RIS -> "RIS";
            case CSL_JSON -> "CSL-JSON";
        };
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
