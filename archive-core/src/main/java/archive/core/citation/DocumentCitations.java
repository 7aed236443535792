package archive.core.citation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Cites archived documents: the single entry, and the "cite both" form that adds the
 * original a rewrite was derived from. HTML entries carry Robust Links to the archived version.
 */
@ApplicationScoped
public class DocumentCitations {

    private final CitationRenderer renderer;
    private final CslItemMapper mapper;
    private final RobustLinkDecorator robustLinks = new RobustLinkDecorator();

    @Inject
    public DocumentCitations(CitationRenderer renderer, CslItemMapper mapper) {
        this.renderer = renderer;
        this.mapper = mapper;
    }

    /** The document's entry. A linked rewrite names its original's title, publisher and year (APA, MLA, Chicago). */
    public String cite(CitableDocument document, CitationRequest request) {
        return withRobustLinks(renderer.render(request, mapper.toItem(document)), document, request);
    }

    /**
     * The rewrite's entry and its original's entry (with the original's URL, which CSL's original-* variables cannot
     * carry), rendered by one processor call and therefore in the style's bibliography order. Without an accepted
     * original, only the document's entry. In HTML the original's link is a Robust Link to its archived copy.
     */
    public List<String> citeWithOriginal(CitableDocument document, CitationRequest request) {
        if (document.original().isEmpty()) {
            return List.of(cite(document, request));
        }
        OriginalSource original = document.original().get();
        List<String> entries = renderer.render(request,
                List.of(mapper.toItem(document), mapper.toSourceItem(document)));
        if (request.format() != CitationFormat.HTML) {
            return entries;
        }
        // Each decoration touches only links to its own item's addresses, so entries can be decorated for both.
        return entries.stream()
                .map(entry -> robustLinks.decorate(robustLinks.decorate(entry, RobustLink.of(document)),
                        original.robustLink()))
                .toList();
    }

    /** The locale {@code request} is rendered in: the one it names, else the style's own. */
    public String locale(CitationRequest request) {
        return renderer.locale(request);
    }

    private String withRobustLinks(String entry, CitableDocument document, CitationRequest request) {
        if (request.format() != CitationFormat.HTML) {
            return entry;
        }
        return robustLinks.decorate(entry, RobustLink.of(document));
    }
}
