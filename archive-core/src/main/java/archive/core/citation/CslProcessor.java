package archive.core.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One compiled citeproc-java processor (parsed style and locale) for one
 * (style, locale, format). Not thread-safe, like the {@link CSL} it wraps:
 * {@link CslProcessorPool} hands each instance to one thread at a time.
 */
final class CslProcessor {

    private final ProcessorKey key;
    private final SwappableItemProvider items = new SwappableItemProvider();
    private final CSL csl;
    private final boolean hasBibliography;

    CslProcessor(ProcessorKey key) {
        this.key = key;
        try {
            this.csl = new CSL(items, new RequestedLocaleProvider(key.locale()), null, key.styleResource(),
                    key.locale());
            // Note styles such as bluebook-law-review define citations only.
            this.hasBibliography = CSL.canFormatBibliographies(key.styleResource());
        } catch (IOException e) {
            throw new CitationException("Cannot load CSL style " + key.styleResource(), e);
        }
    }

    ProcessorKey key() {
        return key;
    }

    /**
     * Renders one entry per item: bibliography entries in the style's sort order, or, for a
     * style without a bibliography, each item's first (full) note citation in the given order.
     */
    List<String> render(List<CSLItemData> itemData) {
        prepareFor(itemData);
        Collection<String> ids = items.getIds();
        List<String> entries = new ArrayList<>(ids.size());
        if (hasBibliography) {
            csl.registerCitationItems(ids);
            for (String entry : csl.makeBibliography().getEntries()) {
                entries.add(entry.strip());
            }
        } else {
            for (String id : ids) {
                // The new citation comes last; any before it are earlier ones re-rendered.
                List<Citation> made = csl.makeCitation(id);
                entries.add(made.get(made.size() - 1).getText().strip());
            }
        }
        return entries;
    }

    /**
     * Forgets the previous call's items and citations. {@code reset()} also puts the output
     * format back to HTML without links, so the format must be set again after it.
     */
    private void prepareFor(List<CSLItemData> itemData) {
        csl.reset();
        csl.setOutputFormat(key.format() == CitationFormat.TEXT ? new PlainTextFormat() : new NestedQuotesHtmlFormat());
        csl.setConvertLinks(key.format() == CitationFormat.HTML);
        items.replaceWith(itemData);
    }
}
