package archive.core.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Renders CSL items with citeproc-java. Every entry comes from a CSL style; nothing is
 * formatted here. Thread-safe: compiled processors are pooled per (style, locale, format).
 */
@ApplicationScoped
public class CitationRenderer {

    private static final int MAX_POOLED_KEYS = 64;
    /** Rendering is CPU work: a processor per core, and one more per core to cover a thread's pauses. */
    private static final int MAX_PER_KEY = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    private final StyleLocator styles = new StyleLocator();
    private final LocaleLocator locales = new LocaleLocator();
    private final StyleDefaultLocale defaultLocales = new StyleDefaultLocale();
    private final CslProcessorPool pool = new CslProcessorPool(CslProcessor::new, MAX_POOLED_KEYS, MAX_PER_KEY);

    /**
     * @return one rendered entry per item, in the style's bibliography order (for a style
     *     without bibliography: one full note citation per item, in the given order)
     * @throws UnknownStyleException  if the style id is not in the styles jar
     * @throws UnknownLocaleException if the locale is not in the locales jar
     */
    public List<String> render(CitationRequest request, List<CSLItemData> items) {
        String styleResource = styles.resourceName(request.styleId());
        ProcessorKey key = new ProcessorKey(styleResource, locale(request, styleResource), request.format());
        CslProcessorPool.Lease lease = pool.borrow(key);
        try {
            return lease.processor().render(items);
        } finally {
            pool.release(lease);
        }
    }

    /**
     * The locale the request is rendered in: the one it names, else the style's {@code default-locale}, else en-US.
     *
     * @throws UnknownStyleException  if the style id is not in the styles jar
     * @throws UnknownLocaleException if the request names a locale that is not in the locales jar
     */
    public String locale(CitationRequest request) {
        return locale(request, styles.resourceName(request.styleId()));
    }

    private String locale(CitationRequest request, String styleResource) {
        return request.locale() != null ? locales.canonicalTag(request.locale())
                : locales.styleLocale(defaultLocales.of(styleResource));
    }

    /** Renders a single item. */
    public String render(CitationRequest request, CSLItemData item) {
        List<String> entries = render(request, List.of(item));
        if (entries.size() != 1) {
            throw new CitationException("Style " + request.styleId() + " rendered "
                    + entries.size() + " entries for item " + item.getId());
        }
        return entries.get(0);
    }
}
