package archive.core.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.output.SecondFieldAlign;
import java.util.List;

/**
 * citeproc-java's text format, with a space after a bibliography entry's left-margin part: the citation number of
 * numeric styles ({@code second-field-align}: "[1] Title", "1. Title") or a part the style displays in the left
 * margin. citeproc-java's text format puts nothing there, so the label runs into the entry ("[1]“Title");
 * citeproc-js, the reference processor, ends that part with a space. Also citeproc-js's title case
 * ({@link TitleCaseCorrection}) and quotation marks set by nesting ({@link NestedQuotes}). Set through
 * {@code CSL.setOutputFormat(Format)}, the library's hook for output formats.
 */
final class PlainTextFormat extends TextFormat {

    private static final String AFTER_LEFT_MARGIN = " ";

    @Override
    protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
        TitleCaseCorrection.apply(buffer, ctx);
        super.postProcess(buffer, ctx);
        NestedQuotes.apply(buffer, ctx);
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        List<Token> tokens = buffer.getTokens();
        int firstFieldEnd = 0;
        while (firstFieldEnd < tokens.size() && tokens.get(firstFieldEnd).isFirstField()) {
            firstFieldEnd++;
        }
        boolean aligned = ctx.getStyle().getBibliography().getSecondFieldAlign() != SecondFieldAlign.FALSE;
        if (!aligned || firstFieldEnd == 0 || firstFieldEnd == tokens.size()) {
            return super.doFormatBibliographyEntry(buffer, ctx, index);
        }
        return format(buffer.copy(0, firstFieldEnd)) + AFTER_LEFT_MARGIN
                + super.doFormatBibliographyEntry(buffer.copy(firstFieldEnd, tokens.size()), ctx, index);
    }

    @Override
    protected String closeDisplayGroup(DisplayGroupToken.Type type) {
        return type == DisplayGroupToken.Type.LEFT_MARGIN ? AFTER_LEFT_MARGIN : super.closeDisplayGroup(type);
    }
}
