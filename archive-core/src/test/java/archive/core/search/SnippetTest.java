package archive.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.core.search.Snippet.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void splitsAHeadlineIntoPlainAndMatchedPartsKeepingMarkupAsText() {
        Snippet snippet = Snippet.fromHeadline("Forces of the\n\n \u0002Peshmerga\u0003 & <b>allies</b> met \u0002Kurdish\u0003");

        assertEquals(List.of(
                new Part("Forces of the ", false),
                new Part("Peshmerga", true),
                new Part(" & <b>allies</b> met ", false),
                new Part("Kurdish", true)), snippet.parts());
        assertEquals("Forces of the Peshmerga & <b>allies</b> met Kurdish", snippet.plainText());
    }

    @Test
    void aLeadEndsAtAWordBoundaryWithAnEllipsis() {
        assertEquals("The first words …", Snippet.lead("The first words of\na long story", 17).plainText());
        assertEquals("Short text", Snippet.lead("  Short\ntext ", 18).plainText());
        assertEquals(List.of(), Snippet.lead(" \n ", 18).parts());
    }
}
