package archive.core.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;

/**
 * citeproc-java's HTML format with citeproc-js's title case ({@link TitleCaseCorrection}) and quotation marks set by
 * nesting ({@link NestedQuotes}).
 */
final class NestedQuotesHtmlFormat extends HtmlFormat {

    @Override
    protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
        TitleCaseCorrection.apply(buffer, ctx);
        super.postProcess(buffer, ctx);
        NestedQuotes.apply(buffer, ctx);
    }
}
