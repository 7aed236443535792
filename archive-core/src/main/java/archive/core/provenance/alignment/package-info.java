/**
 * Stage 3 of provenance, alignment: what two texts share, passage by passage, with offsets into both
 * ({@code PassageAligner}): verbatim runs and quotations first ({@code VerbatimRunFinder}), then reworded sentences
 * ({@code SentenceMatcher}), each weighed by rarity, with furniture and runs of names or stock phrases left out. The
 * result, {@code Evidence}, says how much of each text the passages account for; it decides nothing about direction.
 */
package archive.core.provenance.alignment;
