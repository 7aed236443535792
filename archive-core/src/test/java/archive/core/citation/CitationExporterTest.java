package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationExporterTest {

    private final CitationExporter exporter = new CitationExporter(new CslItemMapper());

    @Test
    void bibTeXRoundTripsThroughCiteprocJavasParser() throws Exception {
        CitationExport export = exporter.export(Fixtures.rewrite(), ExportFormat.BIBTEX);

        assertEquals("application/x-bibtex", export.mediaType());
        assertEquals("bib", export.fileExtension());
        assertTrue(export.contentAsString().startsWith("@online{archivea1b2c3d4e5f60718v2,\n"), export.contentAsString());
        CSLItemData parsed = parseBibTeX(export);
        assertEquals(Fixtures.REWRITE_TITLE, parsed.getTitle());
        assertEquals("Doe", parsed.getAuthor()[0].getFamily());
        assertEquals("Jane Q.", parsed.getAuthor()[0].getGiven());
        // citeproc-java keeps a biblatex date as a raw date string and parses it when rendering.
        assertEquals("2024-07-23", parsed.getIssued().getRaw());
        assertEquals("Example News", parsed.getPublisher());
        assertEquals(Fixtures.REWRITE_URL.toString(), parsed.getURL());
        assertEquals("2025-01-05", parsed.getAccessed().getRaw());
        assertEquals("Archived version 2: " + Fixtures.REWRITE_PERMALINK + " (SHA-256 " + "b".repeat(64) + ")",
                parsed.getNote());
    }

    @Test
    void bibTeXEscapesLatexSpecialCharacters() throws Exception {
        String nasty = "R&D at 50% for $5: #1 a_b {x} ~ ^ \\ done";
        CitableDocument seed = Fixtures.seed();
        CitableDocument document = new CitableDocument(seed.documentId(), 1, nasty, List.of("Ludwig van Beethoven"),
                seed.issued(), "Tom & Jerry News", seed.sourceUrl(), seed.permalink(), seed.archivedAt(),
                seed.sha256(), null);

        CitationExport export = exporter.export(document, ExportFormat.BIBTEX);

        assertTrue(export.contentAsString().contains(
                "title = {R\\&D at 50\\% for \\$5: \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} done}"),
                export.contentAsString());
        CSLItemData parsed = parseBibTeX(export);
        assertEquals(nasty, parsed.getTitle());
        assertEquals("Tom & Jerry News", parsed.getPublisher());
        assertEquals("Beethoven", parsed.getAuthor()[0].getFamily());
        assertEquals("van", parsed.getAuthor()[0].getNonDroppingParticle());
    }

    @Test
    void risHasTheFieldsAndParsesBack() throws Exception {
        CitationExport export = exporter.export(Fixtures.rewrite(), ExportFormat.RIS);
        String ris = export.contentAsString();

        assertEquals("application/x-research-info-systems", export.mediaType());
        assertEquals("ris", export.fileExtension());
        for (String line : List.of("TY  - ELEC", "TI  - " + Fixtures.REWRITE_TITLE, "AU  - Doe, Jane Q.",
                "PY  - 2024", "DA  - 2024/07/23", "PB  - Example News", "T2  - Example News",
                "UR  - " + Fixtures.REWRITE_URL, "Y2  - 2025/01/05", "OP  - " + Fixtures.SEED_TITLE,
                "N1  - Archived version 2: " + Fixtures.REWRITE_PERMALINK, "ER  - ")) {
            assertTrue(ris.contains(line), line + " missing from\n" + ris);
        }
        assertTrue(ris.endsWith("ER  - \r\n"));

        RISConverter converter = new RISConverter();
        Map<String, CSLItemData> items = converter.toItemData(
                converter.loadLibrary(new ByteArrayInputStream(export.content())));
        CSLItemData parsed = items.values().iterator().next();
        assertEquals(Fixtures.REWRITE_TITLE, parsed.getTitle());
        assertEquals(Fixtures.REWRITE_URL.toString(), parsed.getURL());
        assertEquals("Doe", parsed.getAuthor()[0].getFamily());
        assertEquals(Fixtures.SEED_TITLE, parsed.getOriginalTitle());
    }

    @Test
    void cslJsonIsTheRenderedItemAndRendersIdentically() throws Exception {
        CitationExport export = exporter.export(Fixtures.rewrite(), ExportFormat.CSL_JSON);

        assertEquals("application/vnd.citationstyles.csl+json", export.mediaType());
        assertEquals("json", export.fileExtension());
        List<Object> array = new JsonParser(new JsonLexer(new StringReader(export.contentAsString()))).parseArray();
        @SuppressWarnings("unchecked")
        CSLItemData parsed = CSLItemData.fromJson((Map<String, Object>) array.get(0));
        CitationRenderer renderer = new CitationRenderer();
        CitationRequest apa = CitationRequest.of("apa", CitationFormat.TEXT);
        assertEquals(renderer.render(apa, new CslItemMapper().toItem(Fixtures.rewrite())), renderer.render(apa, parsed));
    }

    private static CSLItemData parseBibTeX(CitationExport export) throws Exception {
        BibTeXConverter converter = new BibTeXConverter();
        Map<String, CSLItemData> items = converter.toItemData(
                converter.loadDatabase(new ByteArrayInputStream(export.content())));
        assertEquals(1, items.size());
        return items.values().iterator().next();
    }
}
