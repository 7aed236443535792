package archive.web.search;

import archive.core.metadata.ArticleKind;
import archive.core.vocabulary.Codes;
import java.util.LinkedHashMap;
import java.util.Map;

/** The search form as the reader filled it in, echoed back as typed (also when it could not be searched). */
public record SearchForm(String q, String publisher, String from, String to, String kind) {

    public static SearchForm of(String q, String publisher, String from, String to, String kind) {
        return new SearchForm(blank(q), blank(publisher), blank(from), blank(to), blank(kind));
    }

    public boolean filtered() {
        return !publisher.isEmpty() || !from.isEmpty() || !to.isEmpty() || !(kind.isEmpty() || kind.equals("any"));
    }

    /** The kind chosen, if the form names one ("any", blank or nonsense choose none). */
    public ArticleKind chosenKind() {
        return Codes.find(ArticleKind.class, kind).orElse(null);
    }

    /** The non-blank fields as query parameters, in form order, for links to other pages of the results. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("publisher", publisher);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("kind", kind);
        parameters.values().removeIf(String::isEmpty);
        return parameters;
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
