package archive.core.provenance.analysis;

/**
 * An archived text with the metadata provenance needs.
 *
 * @param url         where the archive fetched it, or null; a DoD site's URL ({@code DefenseAddresses}) marks an original
 * @param publishedOn publication date, {@link PublicationDate#UNKNOWN} if not known
 * @param creditedUrl the address of the source the catalog says it was taken from, or null; names its source as a
 *                    credit line in the text does
 */
public record Document(String id, String text, String url, PublicationDate publishedOn, String creditedUrl) {

    /** A document whose source the catalog does not name. */
    public Document(String id, String text, String url, PublicationDate publishedOn) {
        this(id, text, url, publishedOn, null);
    }

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
