package archive.web.documents;

import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocument;
import archive.core.citation.CitableDocuments;
import archive.core.citation.CitationFormat;
import archive.core.citation.CitationRequest;
import archive.core.citation.DocumentCitations;
import archive.core.citation.UnknownStyleException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Renders the document page's cite box on the server, through the same core services as the citation API, so it
 * works without JavaScript: the style and format a reader chose (a form that reloads the page) become the entries.
 */
@ApplicationScoped
public class CiteBox {

    static final String DEFAULT_STYLE = "apa";

    /** The styles readers ask for most, offered up front; any other CSL style id is accepted too. */
    static final List<StyleChoice> FEATURED = List.of(
            new StyleChoice("apa", "APA (7th edition)"),
            new StyleChoice("modern-language-association", "MLA (9th edition)"),
            new StyleChoice("chicago-author-date", "Chicago (author-date)"),
            new StyleChoice("chicago-notes-bibliography", "Chicago (notes and bibliography)"),
            new StyleChoice("harvard-cite-them-right", "Harvard (Cite Them Right)"),
            new StyleChoice("ieee", "IEEE"),
            new StyleChoice("bluebook-law-review", "Bluebook (law review)"));

    private final CitableDocuments documents;
    private final DocumentCitations citations;

    public CiteBox(CitableDocuments documents, DocumentCitations citations) {
        this.documents = documents;
        this.citations = citations;
    }

    /**
     * @param style     the chosen style id; blank for APA
     * @param format    "html" for HTML markup, anything else for plain text
     * @param withSource whether a rewrite is cited together with its accepted source
     * @param webBase   the site's base address, for the permalinks the entries carry
     */
    public CiteBoxView of(DocumentId documentId, String style, String format, boolean withSource, URI webBase) {
        String styleId = style == null || style.isBlank() ? DEFAULT_STYLE : style.strip();
        CitationFormat citationFormat = "html".equals(format) ? CitationFormat.HTML : CitationFormat.TEXT;
        CitableDocument document = documents.of(documentId, Optional.empty(), webBase);
        boolean sourceKnown = document.original().isPresent();
        CitationRequest request = CitationRequest.of(styleId, citationFormat);
        try {
            List<String> entries = withSource && sourceKnown ? citations.citeWithOriginal(document, request)
                    : List.of(citations.cite(document, request));
            return new CiteBoxView(documentId.value(), styleId, citationFormat == CitationFormat.HTML,
                    withSource && sourceKnown, sourceKnown, entries, null);
        } catch (UnknownStyleException e) {
            return new CiteBoxView(documentId.value(), styleId, citationFormat == CitationFormat.HTML, false, sourceKnown,
                    List.of(), e.getMessage());
        }
    }

    /** A style offered in the picker. */
    public record StyleChoice(String id, String label) {
    }

    /**
     * What the cite box shows. HTML entries are shown as their markup (escaped text, for pasting into a web page),
     * never inserted into this page.
     *
     * @param problem why nothing could be rendered (an unknown style id), or null
     */
    public record CiteBoxView(String documentId, String style, boolean html, boolean withSource,
            boolean sourceKnown, List<String> entries, String problem) {

        public List<StyleChoice> featured() {
            return FEATURED;
        }

        /** The chosen style when it is not one of the featured ones (it then fills the "any style" field). */
        public String otherStyle() {
            return FEATURED.stream().anyMatch(choice -> choice.id().equals(style)) ? "" : style;
        }

        public String text() {
            return String.join("\n", entries);
        }
    }
}
