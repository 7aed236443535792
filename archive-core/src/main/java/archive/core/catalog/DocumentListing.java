package archive.core.catalog;

/** A document together with its current version, as lists show it. */
public record DocumentListing(Document document, DocumentVersion current) {
}
