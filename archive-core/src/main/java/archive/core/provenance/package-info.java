/**
 * Provenance, the service: which archived documents a text was derived from, kept as links. The stages are in
 * sub-packages, each deciding one thing: {@code analysis} (what a text is), {@code index} (what is worth comparing),
 * {@code alignment} (what two texts share), {@code scoring} (what that means); none of them knows the database. Here:
 * the index and statistics in PostgreSQL ({@code PostgresCandidateIndex}, {@code PostgresTermStatistics}), the whole look-up
 * ({@code ProvenanceLookup}), what the catalog tells the detector ({@code CatalogFacts}), the links and the one rule
 * for what detection records ({@code ProvenanceService#detectedStatus}: auto, proposed or nothing), librarians'
 * decisions, and the match of a text that is not archived ({@code TextMatch}).
 */
package archive.core.provenance;
