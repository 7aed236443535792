package archive.web.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What Zotero saves from a page, by the rules of its translators (zotero/translators: "Embedded Metadata.js" with the
 * "RDF.js" type detection it delegates to, and the OpenURL parser behind "COinS.js"), restated here for the tags and
 * values this archive can emit. It is a reading of their rules, so that a page test fails when a tag would make
 * Zotero save something else (a journal article, a URL as the publication).
 */
public final class ZoteroReading {

    /** A saved item: its Zotero type and the fields the pages are expected to fill. */
    public record Item(String itemType, Map<String, String> fields, List<String> attachments) {

        public String field(String name) {
            return fields.get(name);
        }
    }

    /** Meta-tag prefixes Embedded Metadata hands to the RDF translator (its _prefixes), lower case. */
    private static final Map<String, String> NAMESPACES = Map.ofEntries(
            Map.entry("bib", "bib"), Map.entry("bibo", "bibo"), Map.entry("dc", "dc"), Map.entry("dcterms", "dcterms"),
            Map.entry("prism", "prism"), Map.entry("foaf", "foaf"), Map.entry("og", "og"),
            Map.entry("article", "article"), Map.entry("eprints", "eprints"), Map.entry("eprint", "eprints"),
            Map.entry("so", "so"), Map.entry("z", "z"), Map.entry("book", "book"), Map.entry("video", "video"),
            Map.entry("music", "music"), Map.entry("rdf", "rdf"));

    /** The Zotero item types a DC type or COinS rft.type may name directly (the ones that matter here). */
    private static final Set<String> ZOTERO_TYPES = Set.of("newspaperArticle", "journalArticle", "magazineArticle",
            "webpage", "blogPost", "book", "bookSection", "report", "thesis", "document");

    /** Fields each type has; Zotero drops the others when it saves the item. */
    private static final Map<String, Set<String>> TYPE_FIELDS = Map.of(
            "newspaperArticle", Set.of("title", "publicationTitle", "date", "url", "place", "section"),
            "webpage", Set.of("title", "websiteTitle", "date", "url"),
            "journalArticle", Set.of("title", "publicationTitle", "date", "url", "volume", "issue"));

    private ZoteroReading() {
    }

    /** Embedded Metadata's reading of the page's meta tags. */
    public static Item embeddedMetadata(Document page) {
        Map<String, List<String>> rdf = new LinkedHashMap<>();
        Map<String, String> highwire = new HashMap<>();
        String hwType = null;
        String hwTypeGuess = null;
        for (Element meta : page.select("meta")) {
            String names = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            String content = meta.attr("content");
            if (names.isEmpty() || content.isEmpty()) {
                continue;
            }
            for (String tag : names.split("\\s+")) {
                Optional<String> statement = rdfPredicate(tag);
                if (statement.isPresent()) {
                    rdf.computeIfAbsent(statement.get(), key -> new ArrayList<>()).add(content);
                    continue;
                }
                int at = tag.lastIndexOf("citation_");
                if (at < 0) {
                    continue;
                }
                String shortTag = tag.substring(at);
                highwire.putIfAbsent(shortTag, content);
                switch (shortTag) {
                    case "citation_journal_title" -> hwType = "journalArticle";
                    case "citation_technical_report_institution" -> hwType = "report";
                    case "citation_conference_title", "citation_conference" -> hwType = "conferencePaper";
                    case "citation_book_title", "citation_inbook_title" -> hwType = "bookSection";
                    case "citation_dissertation_institution" -> hwType = "thesis";
                    case "citation_title", "citation_series_title" -> hwTypeGuess = hwTypeGuess == null
                            ? "journalArticle" : hwTypeGuess;
                    case "citation_isbn" -> hwTypeGuess = "book";
                    default -> {
                    }
                }
            }
        }
        String defaultType = hwTypeGuess != null ? hwTypeGuess : rdf.isEmpty() ? null : "webpage";
        String itemType = hwType != null ? hwType : rdf.isEmpty() ? defaultType : rdfType(rdf, defaultType);

        Map<String, String> fields = new LinkedHashMap<>();
        first(rdf, "dc:title", "dcterms:title").ifPresent(value -> fields.put("title", value));
        first(rdf, "og:published_time", "article:published_time", "dc:date", "dcterms:date")
                .ifPresent(value -> fields.put("date", value));
        first(rdf, "prism:publicationName", "eprints:publication", "dc:source", "dcterms:source")
                .ifPresent(value -> fields.put("publicationTitle", value));
        first(rdf, "dc:publisher", "dcterms:publisher").ifPresent(value -> fields.put("publisher", value));
        first(rdf, "og:url").ifPresent(value -> fields.put("url", value));
        first(rdf, "og:site_name").filter(name -> !fields.containsKey("publicationTitle")
                && Set.of("blogPost", "webpage", "newspaperArticle").contains(itemType))
                .ifPresent(name -> fields.put("publicationTitle", name));
        // Highwire tags win over RDF values; of the date tags the last in the translator's mapping wins.
        for (String[] mapping : new String[][] {{"citation_title", "title"},
                {"citation_publication_date", "date"}, {"citation_cover_date", "date"}, {"citation_date", "date"},
                {"citation_journal_title", "publicationTitle"}, {"citation_publisher", "publisher"},
                {"citation_public_url", "url"}}) {
            Optional.ofNullable(highwire.get(mapping[0])).filter(value -> !value.isBlank())
                    .ifPresent(value -> fields.put(mapping[1], value.strip()));
        }
        if (!fields.containsKey("date") && highwire.containsKey("citation_online_date")) {
            fields.put("date", highwire.get("citation_online_date"));
        }
        if (!fields.containsKey("url")) {
            Optional.ofNullable(highwire.get("citation_abstract_html_url"))
                    .or(() -> Optional.ofNullable(highwire.get("citation_fulltext_html_url")))
                    .ifPresent(value -> fields.put("url", value));
        }
        List<String> attachments = highwire.containsKey("citation_pdf_url") ? List.of("Full Text PDF")
                : List.of("Snapshot");
        return new Item(itemType, valid(itemType, fields), attachments);
    }

    /** COinS: every span.Z3988's ContextObject, read as Zotero's OpenURL parser reads it. */
    public static List<Item> coins(Document page) {
        List<Item> items = new ArrayList<>();
        for (Element span : page.select("span.Z3988[title]")) {
            Map<String, List<String>> keys = new LinkedHashMap<>();
            for (String pair : span.attr("title").split("&")) {
                int equals = pair.indexOf('=');
                keys.computeIfAbsent(pair.substring(0, equals), key -> new ArrayList<>())
                        .add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            String format = keys.getOrDefault("rft_val_fmt", List.of("")).get(0);
            String itemType = switch (format) {
                case "info:ofi/fmt:kev:mtx:journal" -> "journalArticle";
                case "info:ofi/fmt:kev:mtx:book" -> "book";
                case "info:ofi/fmt:kev:mtx:dc" -> "webpage";
                default -> null;
            };
            if (itemType == null) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> key : keys.entrySet()) {
                String value = key.getValue().get(0);
                switch (key.getKey()) {
                    case "rft.title" -> fields.put(itemType.equals("journalArticle") ? "publicationTitle" : "title",
                            value);
                    case "rft.atitle" -> fields.put("title", value);
                    case "rft.jtitle", "rft.source" -> fields.put("publicationTitle", value);
                    case "rft.date" -> fields.put("date", value);
                    case "rft.pub", "rft.publisher" -> fields.put("publisher", value);
                    case "rft.identifier" -> {
                        if (value.startsWith("http://") || value.startsWith("https://")) {
                            fields.put("url", value);
                        }
                    }
                    case "rft.type" -> {
                        if (ZOTERO_TYPES.contains(value)) {
                            itemType = value;
                        }
                    }
                    default -> {
                    }
                }
            }
            items.add(new Item(itemType, valid(itemType, fields), List.of("Snapshot")));
        }
        return items;
    }

    /**
     * The unAPI format Zotero asks for, by its order of preference (Zotero RDF, MODS, MARC, RIS, BibTeX …), from
     * the names of a format list; empty when it supports none of them.
     */
    public static Optional<String> unapiFormat(List<String> formatNames) {
        for (String preferred : List.of("rdf_zotero", "rdf_bibliontology", "marc", "unimarc", "marcxml", "mods",
                "ris", "refer", "bibtex", "rdf_dc")) {
            Optional<String> found = formatNames.stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).equals(preferred)
                            || name.toLowerCase(Locale.ROOT).matches(preferred + "\\b.*"))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** dc.title → dc:title, og:type → og:type, DCTERMS.isVersionOf → dcterms:isVersionOf; Highwire → empty. */
    private static Optional<String> rdfPredicate(String tag) {
        String[] parts = tag.split("[.:_]");
        String prefix = null;
        int prefixLength = 0;
        if (parts.length > 2 && NAMESPACES.containsKey(parts[1].toLowerCase(Locale.ROOT))) {
            prefix = parts[1].toLowerCase(Locale.ROOT);
            prefixLength = parts[0].length() + parts[1].length() + 1;
        }
        if (prefix == null) {
            prefix = parts[0].toLowerCase(Locale.ROOT);
            prefixLength = parts[0].length();
        }
        if (!NAMESPACES.containsKey(prefix) || tag.length() <= prefixLength + 1) {
            return Optional.empty();
        }
        String property = tag.substring(prefixLength + 1);
        return Optional.of(NAMESPACES.get(prefix) + ":" + Character.toLowerCase(property.charAt(0))
                + property.substring(1));
    }

    /** RDF.js detectType for DC, PRISM, EPrints and Open Graph types; definite types beat the default. */
    private static String rdfType(Map<String, List<String>> rdf, String defaultType) {
        String dc = null;
        String dcGuess = null;
        Optional<String> dcType = first(rdf, "dc:type", "dcterms:type");
        if (dcType.isPresent()) {
            String type = dcType.get();
            if (ZOTERO_TYPES.contains(type)) {
                dc = type;
            } else {
                switch (type.toLowerCase(Locale.ROOT).replaceAll("\\s", "")) {
                    case "newsitem" -> dc = "newspaperArticle";
                    case "article", "journalitem", "journalarticle", "submittedjournalarticle",
                            "text.serial.journal", "scholarlytext" -> dc = "journalArticle";
                    case "homepage", "webpage" -> dc = "webpage";
                    case "text" -> dcGuess = "journalArticle";
                    case "image", "stillimage" -> dcGuess = "artwork";
                    default -> {
                    }
                }
            }
        }
        String eprints = first(rdf, "eprints:type").map(type -> switch (type) {
            case "newsitem" -> "newspaperArticle";
            case "article", "journalarticle", "journalitem" -> "journalArticle";
            default -> null;
        }).orElse(null);
        String og = null;
        String ogGuess = null;
        String ogType = first(rdf, "og:type").orElse("");
        switch (ogType) {
            case "article" -> ogGuess = "journalArticle";
            case "website" -> og = "webpage";
            case "book" -> og = "book";
            default -> {
            }
        }
        String prism = first(rdf, "prism:aggregationtype").map(type -> switch (type) {
            case "newsletter" -> "newspaperArticle";
            case "journal" -> "journalArticle";
            case "magazine" -> "magazineArticle";
            default -> null;
        }).orElse(null);
        for (String type : new String[] {prism, eprints, og, dc, defaultType, ogGuess, dcGuess}) {
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private static Optional<String> first(Map<String, List<String>> rdf, String... predicates) {
        for (String predicate : predicates) {
            List<String> values = rdf.get(predicate);
            if (values != null && !values.isEmpty()) {
                return Optional.of(values.get(0));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> valid(String itemType, Map<String, String> fields) {
        Set<String> allowed = TYPE_FIELDS.get(itemType);
        if (allowed == null) {
            return fields;
        }
        Map<String, String> kept = new LinkedHashMap<>(fields);
        kept.keySet().retainAll(allowed);
        if (itemType.equals("webpage") && fields.containsKey("publicationTitle")) {
            kept.put("websiteTitle", fields.get("publicationTitle"));
        }
        return kept;
    }
}
