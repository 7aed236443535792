package archive.api.signposting;

import archive.api.citations.ExportResource;
import archive.api.content.TextRepresentation;
import archive.api.links.WebLink;
import archive.core.citation.CitableDocuments;
import archive.core.citation.ExportFormat;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signposts of a document (FAIR Signposting, https://signposting.org/FAIR/): its landing page (the document
 * page) is cited as itself, one version as its permalink; it is described by the citation exports and has its text
 * as its item. The Link header carries few of them ({@link #header}); the linkset ({@link #linkset}) has all.
 */
public final class Signposts {

    public static final String LINKSET_JSON = "application/linkset+json";
    public static final String LINKSET = "application/linkset";
    public static final String NEWS_ARTICLE = "https://schema.org/NewsArticle";
    public static final String ABOUT_PAGE = "https://schema.org/AboutPage";

    /** The exports named in the Link header; the linkset names every {@link ExportFormat}. */
    private static final List<ExportFormat> IN_HEADER = List.of(ExportFormat.CSL_JSON, ExportFormat.BIBTEX);

    private Signposts() {
    }

    public static String landingPage(URI base, String documentId) {
        return base.resolve("documents/" + documentId).toString();
    }

    public static String linksetAddress(URI base, String documentId) {
        return base.resolve("api/v1/documents/" + documentId + "/linkset").toString();
    }

    /**
     * The Link header of the document's page and text ({@code version} empty), or of one version's page and text:
     * cite-as, the CSL-JSON and BibTeX exports, and the linkset that has the rest.
     */
    public static List<WebLink> header(URI base, String documentId, Optional<Integer> version) {
        List<WebLink> links = new ArrayList<>();
        links.add(WebLink.of(citeAs(base, documentId, version), "cite-as"));
        IN_HEADER.forEach(format -> links.add(describedBy(base, documentId, format, version)));
        links.add(WebLink.typed(linksetAddress(base, documentId), "linkset", LINKSET_JSON));
        return links;
    }

    /**
     * The document's linkset, one context per anchor: the landing page with every signpost; the text and each
     * export pointing back to it ({@code collection}, {@code describes}) as FAIR Signposting's level 2 does.
     */
    public static List<AnchoredLinks> linkset(URI base, String documentId, String text) {
        String landingPage = landingPage(base, documentId);
        List<WebLink> ofLandingPage = new ArrayList<>();
        ofLandingPage.add(WebLink.of(landingPage, "cite-as"));
        ofLandingPage.add(WebLink.of(NEWS_ARTICLE, "type"));
        ofLandingPage.add(WebLink.of(ABOUT_PAGE, "type"));
        for (ExportFormat format : ExportFormat.values()) {
            ofLandingPage.add(describedBy(base, documentId, format, Optional.empty()));
        }
        ofLandingPage.add(WebLink.typed(text, "item", TextRepresentation.MEDIA_TYPE));
        List<AnchoredLinks> linkset = new ArrayList<>();
        linkset.add(new AnchoredLinks(landingPage, ofLandingPage));
        linkset.add(new AnchoredLinks(text, List.of(WebLink.typed(landingPage, "collection", "text/html"))));
        for (ExportFormat format : ExportFormat.values()) {
            linkset.add(new AnchoredLinks(describedBy(base, documentId, format, Optional.empty()).target(),
                    List.of(WebLink.typed(landingPage, "describes", "text/html"))));
        }
        return linkset;
    }

    private static String citeAs(URI base, String documentId, Optional<Integer> version) {
        return version.map(number -> CitableDocuments.permalink(base, documentId, number).toString())
                .orElseGet(() -> landingPage(base, documentId));
    }

    private static WebLink describedBy(URI base, String documentId, ExportFormat format, Optional<Integer> version) {
        return WebLink.typed(ExportResource.address(base, documentId, format, version).toString(), "describedby",
                format.mediaType());
    }
}
