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

    private static final String IMAGE_URL = "https://media.defense.gov/2024/Jul/22/2003508043/825/780/0/240415-D-D0439-1167.JPG";
    private static final String STORY = IMAGE_URL + "\n\nU.S. and Iraqi officials are meeting at the Pentagon to discuss "
            + "when and how the mission of the coalition would end, the press secretary said today.\n\n"
            + "The talks continue tomorrow with the Peshmerga and other delegations at the table.\n";

    @Test
    void aLeadStartsWithTheArticleNotWithTheLeadImagesUrl() {
        String lead = Snippet.articleLead(STORY, 60).plainText();

        assertEquals("U.S. and Iraqi officials are meeting at the Pentagon to …", lead);
    }

    @Test
    void aHeadlineLosesTheChromeLinesAroundItsMatches() {
        String headline = IMAGE_URL + " U.S. and Iraqi \u0002officials\u0003 are meeting";

        Snippet snippet = Snippet.headlineWithoutChrome(headline, STORY);

        assertEquals(List.of(new Part("U.S. and Iraqi ", false), new Part("officials", true),
                new Part(" are meeting", false)), snippet.parts());
    }

    @Test
    void aFragmentStartingInsideTheImageUrlLosesTheRestOfIt() {
        String headline = "defense.gov/2024/Jul/22/2003508043/825/780/0/240415-D-D0439-1167.JPG U.S. and Iraqi "
                + "\u0002officials\u0003";

        assertEquals("U.S. and Iraqi officials", Snippet.headlineWithoutChrome(headline, STORY).plainText());
    }
}
