/**
 * Stage 1 of provenance, analysis: what a text is, read once per text and cached ({@code AnalysisCache}), independent
 * of the rest of the archive. Decides the words (folding, normalisation, stems, stopwords, number words), lines and
 * sentences, quotations and URLs, which lines are boilerplate, each line's key (for furniture learned later),
 * the dates a text mentions and the date it was published ({@code PublicationDates}), its names and numbers, its
 * credit lines, and whether it is an official original ({@code SourceAuthority}: its URL, a defense.gov credit line,
 * the .gov banner or a release number).
 */
package archive.core.provenance.analysis;
