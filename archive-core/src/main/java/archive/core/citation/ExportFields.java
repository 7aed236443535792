package archive.core.citation;

import de.undercouch.citeproc.csl.CSLName;

/** Field values shared by the BibTeX and RIS exports. */
final class ExportFields {

    private ExportFields() {
    }

    /** "archive095111aef963144dv1": letters and digits only, valid as a BibTeX key and a RIS ID. */
    static String citationKey(CitableDocument document) {
        return "archive" + document.documentId() + "v" + document.version();
    }

    /** Keeps the exact archived version in reference managers, which have no field for it. */
    static String archiveNote(CitableDocument document) {
        return "Archived version " + document.version() + ": " + document.permalink()
                + " (SHA-256 " + document.sha256() + ")";
    }

    /**
     * "van Beethoven, Ludwig" or "Madonna", the order BibTeX and RIS read without guessing;
     * null when the name could not be split into family and given parts.
     */
    static String familyCommaGiven(String name) {
        CSLName parsed = PersonNames.parse(name);
        if (parsed.getFamily() == null) {
            return null;
        }
        String family = parsed.getNonDroppingParticle() == null
                ? parsed.getFamily() : parsed.getNonDroppingParticle() + " " + parsed.getFamily();
        return parsed.getGiven() == null ? family : family + ", " + parsed.getGiven();
    }
}
