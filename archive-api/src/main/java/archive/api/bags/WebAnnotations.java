package archive.api.bags;

import archive.api.provenance.CandidateJson.PassageJson;
import archive.api.provenance.CandidateJson.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligned passages as W3C Web Annotations (JSON-LD): one annotation per passage, its target the passage in the
 * rewrite's version and its body the passage in the source's, each a TextQuoteSelector and a TextPositionSelector.
 * The model counts positions in code points where the evidence counts UTF-16 units, so offsets are converted.
 */
final class WebAnnotations {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** How much text around a quote disambiguates it; the model leaves the length to the publisher. */
    private static final int CONTEXT_CHARACTERS = 32;

    private WebAnnotations() {
    }

    /** A text as annotations see it: its permalink and its characters. */
    record AnnotatedText(String permalink, String text) {
    }

    /** An AnnotationCollection whose single page holds every passage's annotation. */
    static Map<String, Object> collection(String id, String label, AnnotatedText rewrite, AnnotatedText source,
            List<PassageJson> passages) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            PassageJson passage = passages.get(i);
            Map<String, Object> annotation = new LinkedHashMap<>();
            annotation.put("id", id + "#passage-" + (i + 1));
            annotation.put("type", "Annotation");
            annotation.put("motivation", "linking");
            annotation.put("target", specific(rewrite, passage.derived()));
            annotation.put("body", specific(source, passage.source()));
            items.add(annotation);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.put("items", items);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", CONTEXT);
        collection.put("id", id);
        collection.put("type", "AnnotationCollection");
        collection.put("label", label);
        collection.put("total", items.size());
        collection.put("first", page);
        return collection;
    }

    private static Map<String, Object> specific(AnnotatedText text, Span span) {
        String characters = text.text();
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", characters.substring(span.start(), span.end()));
        quote.put("prefix", characters.substring(codeUnitsBack(characters, span.start()), span.start()));
        quote.put("suffix", characters.substring(span.end(), codeUnitsForward(characters, span.end())));
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", characters.codePointCount(0, span.start()));
        position.put("end", characters.codePointCount(0, span.end()));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("source", text.permalink());
        resource.put("selector", List.of(quote, position));
        return resource;
    }

    private static int codeUnitsBack(String text, int from) {
        return text.offsetByCodePoints(from, -Math.min(CONTEXT_CHARACTERS, text.codePointCount(0, from)));
    }

    private static int codeUnitsForward(String text, int from) {
        return text.offsetByCodePoints(from, Math.min(CONTEXT_CHARACTERS, text.codePointCount(from,
                text.length())));
    }
}
