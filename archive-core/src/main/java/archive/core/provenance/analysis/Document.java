package archive.core.provenance.analysis;

/**
 * An archived text with the metadata provenance needs.
 *
 * @param url         where the archive fetched it, or null; a defense.gov / .mil URL marks an original
 * @param publishedOn publication date, {@link PublicationDate#UNKNOWN} if not known
 */
public record Document(String id, String text, String url, PublicationDate publishedOn) {

    public Document {
        if (id == null || text == null) {
            throw new IllegalArgumentException("id and text are required");
        }
        publishedOn = publishedOn == null ? PublicationDate.UNKNOWN : publishedOn;
    }

    /** A document known only by its text: date and authority are read from the text itself. */
    public static Document of(String id, String text) {
        return new Document(id, text, null, PublicationDates.infer(text));
    }
}
