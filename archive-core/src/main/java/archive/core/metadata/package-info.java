/**
 * Metadata extraction for archived news texts (defense.gov originals and rewritten copies).
 *
 * <ul>
 *   <li>{@link archive.core.metadata.MetadataExtractor} turns a text into
 *       {@link archive.core.metadata.ExtractedMetadata}: each field a
 *       {@link archive.core.metadata.MetadataField} with value, origin, confidence and rule,
 *       plus {@link archive.core.metadata.MetadataFlag}s for a librarian.</li>
 *   <li>{@link archive.core.metadata.ArticleBody} classifies lines by
 *       {@link archive.core.metadata.LineRole} and gives the article's content spans, for
 *       components that must ignore headers, credits and site boilerplate.</li>
 * </ul>
 *
 * <p>Pure Java, no dependencies; all types are immutable and thread-safe.
 */
package archive.core.metadata;
