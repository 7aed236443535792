package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import archive.core.catalog.DocumentId;
import archive.core.metadata.catalog.FieldName;
import archive.core.provenance.LinkStatus;
import archive.core.storage.Sha256;
import archive.core.text.PartialDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitableFieldsTest {

    private static final URI DEFENSE_URL = URI.create("https://www.defense.gov/News/Releases/Release/Article/1/");

    @Test
    void aDateInDoubtIsLeftOutSoStylesSayNoDate() {
        Map<FieldName, JsonNode> values = values("original");
        assertEquals(new PartialDate(2022, 12, 9), cite(values, false).issued());
        assertNull(cite(values, true).issued());
        assertNull(new CslItemMapper().toItem(cite(values, true)).getIssued());
    }

    @Test
    void anOriginalIsCitedAtItsAddressARewriteAtItsArchivedCopy() {
        assertEquals(DEFENSE_URL, cite(values("original"), false).preferredUrl());
        // A rewrite's sourceUrl is the page it credits: its own address is not known.
        CitableDocument rewrite = cite(values("rewrite"), false);
        assertNull(rewrite.sourceUrl());
        assertEquals(Fixtures.REWRITE_PERMALINK, rewrite.preferredUrl());
    }

    @Test
    void aSourceKeepsItsLinkStatusAndArchivedCopy() {
        OriginalSource source = CitableFields.source(new AcceptedSource("095111aef963144d", LinkStatus.CONFIRMED),
                values("original"), true, "000.txt", Fixtures.SEED_PERMALINK, Fixtures.ARCHIVED_AT);
        assertEquals(LinkStatus.CONFIRMED, source.status());
        assertEquals(DEFENSE_URL, source.url());
        assertEquals(Fixtures.SEED_PERMALINK, source.robustLink().versionUrl());
        assertNull(source.issued());
    }

    private static CitableDocument cite(Map<FieldName, JsonNode> values, boolean dateInDoubt) {
        return CitableFields.document(new DocumentId("a1b2c3d4e5f60718"), 2, values, dateInDoubt, "004.txt",
                Fixtures.REWRITE_PERMALINK, Fixtures.ARCHIVED_AT, new Sha256("b".repeat(64)), null);
    }

    private static Map<FieldName, JsonNode> values(String kind) {
        Map<FieldName, JsonNode> values = new EnumMap<>(FieldName.class);
        values.put(FieldName.TITLE, TextNode.valueOf("A title"));
        values.put(FieldName.PUBLICATION_DATE, TextNode.valueOf("2022-12-09"));
        values.put(FieldName.SOURCE_URL, TextNode.valueOf(DEFENSE_URL.toString()));
        values.put(FieldName.KIND, TextNode.valueOf(kind));
        return values;
    }
}
