package archive.core.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * Writes a biblatex {@code @online} entry. citeproc-java only reads BibTeX, so the entry is
 * built and serialized with jbibtex (citeproc-java's own BibTeX library); field values are
 * LaTeX-escaped here because jbibtex writes them verbatim.
 */
final class BibTeXExporter {

    private static final Key ONLINE = new Key("online");

    CitationExport export(CitableDocument document) {
        BibTeXEntry entry = new BibTeXEntry(ONLINE, new Key(ExportFields.citationKey(document)));
        text(entry, "title", document.title());
        if (!document.authors().isEmpty()) {
            text(entry, "author", document.authors().stream()
                    .map(BibTeXExporter::authorName)
                    .collect(Collectors.joining(" and ")));
        }
        if (document.issued() != null) {
            verbatim(entry, "date", document.issued().toIsoString());
        }
        // biblatex's @online has no publisher field; the site is its organization.
        if (document.siteName() != null) {
            text(entry, "organization", document.siteName());
        }
        verbatim(entry, "url", document.preferredUrl().toString());
        verbatim(entry, "urldate", document.archivedOn().toString());
        document.original().ifPresent(original -> {
            text(entry, "origtitle", original.title());
            if (original.publisher() != null) {
                text(entry, "origpublisher", original.publisher());
            }
            if (original.issued() != null) {
                verbatim(entry, "origdate", original.issued().toIsoString());
            }
        });
        text(entry, "note", ExportFields.archiveNote(document));

        BibTeXDatabase database = new BibTeXDatabase();
        database.addObject(entry);
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CitationExport.of(ExportFormat.BIBTEX, out.append('\n').toString());
    }

    /** A name that cannot be split is braced, so BibTeX keeps it whole instead of guessing. */
    private static String authorName(String name) {
        String familyFirst = ExportFields.familyCommaGiven(name);
        return familyFirst == null ? "{" + escape(name) + "}" : escape(familyFirst);
    }

    private static void text(BibTeXEntry entry, String field, String value) {
        verbatim(entry, field, escape(value));
    }

    /** For dates and URLs: biblatex reads url verbatim, and escaping would corrupt it. */
    private static void verbatim(BibTeXEntry entry, String field, String value) {
        entry.addField(new Key(field), new StringValue(value, StringValue.Style.BRACED));
    }

    /** Escapes the characters LaTeX treats specially, so titles like "R&D at 50%" survive. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
