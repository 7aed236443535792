package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.analysis.PublicationDate;
import archive.core.provenance.analysis.PublicationDates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import archive.core.metadata.FieldOrigin;
import archive.core.metadata.MetadataFlag;
import archive.core.metadata.catalog.CurrentField;
import archive.core.metadata.catalog.CurrentMetadata;
import archive.core.metadata.catalog.FieldName;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogFactsTest {

    private static final String DEFENSE_URL = "https://www.defense.gov/News/News-Stories/Article/Article/3845861/";
    /** No date line, no media URL: the text itself dates nothing. */
    private static final String UNDATED = "Officials met at the Pentagon to discuss the exercise.\nMore talks follow.";
    private static final String DATE_LINED = "July 22, 2024\nOfficials met at the Pentagon to discuss the exercise.";

    @Test
    void anOriginalsSourceUrlIsItsOwnAddress() {
        Document original = facts(Set.of(), extracted(FieldName.KIND, "original"),
                extracted(FieldName.SOURCE_URL, DEFENSE_URL)).document("a", UNDATED);

        assertEquals(DEFENSE_URL, original.url());
    }

    @Test
    void aRewritesSourceUrlIsTheAddressOfWhatItCreditsNotItsOwn() {
        Document rewrite = facts(Set.of(), corrected(FieldName.KIND, "rewrite"),
                extracted(FieldName.SOURCE_URL, DEFENSE_URL)).document("b", UNDATED);

        assertNull(rewrite.url());
    }

    @Test
    void withoutAKindWhoseAddressTheSourceUrlIsIsUnknown() {
        assertNull(facts(Set.of(), extracted(FieldName.SOURCE_URL, DEFENSE_URL)).document("c", UNDATED).url());
        CurrentField removedKind = corrected(FieldName.KIND, null);
        assertNull(facts(Set.of(), removedKind, extracted(FieldName.SOURCE_URL, DEFENSE_URL))
                .document("c", UNDATED).url());
    }

    @Test
    void aLibrariansDateIsTrustedEvenWhereTheTextContradictsIt() {
        PublicationDate published = facts(Set.of(MetadataFlag.Type.DATE_CONTRADICTS_TEXT),
                corrected(FieldName.PUBLICATION_DATE, "2021-03-05")).document("d", DATE_LINED).publishedOn();

        assertEquals(PublicationDate.trustedOn(LocalDate.of(2021, 3, 5)), published);
    }

    @Test
    void anExtractedDateIsTrustedUnlessTheTextContradictsIt() {
        CurrentField date = extracted(FieldName.PUBLICATION_DATE, "2021-03-05");

        assertEquals(PublicationDate.trustedOn(LocalDate.of(2021, 3, 5)),
                facts(Set.of(), date).document("e", UNDATED).publishedOn());
        PublicationDate contradicted = facts(Set.of(MetadataFlag.Type.DATE_CONTRADICTS_TEXT), date)
                .document("e", UNDATED).publishedOn();
        assertFalse(contradicted.isTrusted());
        assertEquals(PublicationDate.UNKNOWN, contradicted);
    }

    @Test
    void withoutADayTheTextsOwnDateLineIsRead() {
        Document document = facts(Set.of(), corrected(FieldName.PUBLICATION_DATE, "2024-07"))
                .document("f", DATE_LINED);

        assertEquals(PublicationDates.infer(DATE_LINED), document.publishedOn());
        assertEquals(LocalDate.of(2024, 7, 22), document.publishedOn().date());
    }

    @Test
    void aDocumentTheCatalogKnowsNothingOfIsReadFromItsText() {
        assertEquals(Document.of("g", DATE_LINED), CatalogFacts.of(new CurrentMetadata(Map.of(), Set.of()))
                .document("g", DATE_LINED));
    }

    private static CatalogFacts facts(Set<MetadataFlag.Type> flags, CurrentField... fields) {
        Map<FieldName, CurrentField> byName = new EnumMap<>(FieldName.class);
        for (CurrentField field : fields) {
            byName.put(field.field(), field);
        }
        return CatalogFacts.of(new CurrentMetadata(byName, flags));
    }

    private static CurrentField extracted(FieldName name, String value) {
        return field(name, value, FieldOrigin.EXTRACTED);
    }

    private static CurrentField corrected(FieldName name, String value) {
        return field(name, value, FieldOrigin.CORRECTED);
    }

    private static CurrentField field(FieldName name, String value, FieldOrigin origin) {
        CurrentField field = new CurrentField();
        field.name = name.jsonName();
        field.value = value == null ? null : TextNode.valueOf(value);
        field.origin = origin;
        return field;
    }
}
