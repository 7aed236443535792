package archive.core.citation;

import archive.core.text.PartialDate;

/**
 * Writes one RIS record of type ELEC (web page). citeproc-java can read RIS but not write it.
 * Tags are two characters, two spaces, a hyphen and a space; lines end in CRLF as the
 * RIS specification asks.
 */
final class RisExporter {

    private static final String LINE_END = "\r\n";

    CitationExport export(CitableDocument document) {
        StringBuilder ris = new StringBuilder(512);
        tag(ris, "TY", "ELEC");
        tag(ris, "ID", ExportFields.citationKey(document));
        tag(ris, "TI", document.title());
        for (String author : document.authors()) {
            tag(ris, "AU", authorName(author));
        }
        if (document.issued() != null) {
            tag(ris, "PY", String.valueOf(document.issued().year()));
            tag(ris, "DA", document.issued().joined("/"));
        }
        // T2 is a web page's website title and PB its publisher; for a news site both are the site.
        if (document.siteName() != null) {
            tag(ris, "T2", document.siteName());
            tag(ris, "PB", document.siteName());
        }
        tag(ris, "UR", document.preferredUrl().toString());
        tag(ris, "Y2", PartialDate.of(document.archivedOn()).joined("/"));
        document.original().ifPresent(original -> tag(ris, "OP", original.title()));
        tag(ris, "N1", ExportFields.archiveNote(document));
        ris.append("ER  - ").append(LINE_END);
        return CitationExport.of(ExportFormat.RIS, ris.toString());
    }

    /** RIS asks for "Family, Given"; a name that cannot be split is given as written. */
    private static String authorName(String name) {
        String familyFirst = ExportFields.familyCommaGiven(name);
        return familyFirst == null ? name : familyFirst;
    }

    /** A RIS value is one line; any line break would start a malformed tag. */
    private static void tag(StringBuilder ris, String tag, String value) {
        ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append(LINE_END);
    }
}
