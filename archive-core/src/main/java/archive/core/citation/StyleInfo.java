package archive.core.citation;

/**
 * One CSL style of the styles jar.
 *
 * @param id        the id to render with, e.g. "apa" or "nature"
 * @param title     the style's human-readable title
 * @param dependent whether the style only points to an independent parent (journal aliases)
 */
public record StyleInfo(String id, String title, boolean dependent) {
}
