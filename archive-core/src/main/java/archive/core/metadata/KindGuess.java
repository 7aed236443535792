package archive.core.metadata;

import java.util.Optional;

/**
 * Original or rewrite, from how the text credits itself. Only a guess: the provenance detector
 * compares contents and has the last word. No evidence, no guess.
 */
final class KindGuess {

    /** The republishing feed carries originals verbatim with their headline and canonical URL. */
    static final double KNOWN_ORIGINAL_CREDIT = 0.85;
    /** A text that cites other outlets as its sources was written from them. */
    static final double CITES_SOURCES = 0.75;
    /**
     * A third-party site's page (site furniture, no credit to an original publisher) is most
     * likely a retelling, but it could be that site's own reporting.
     */
    static final double THIRD_PARTY_PAGE = 0.4;

    private KindGuess() {
    }

    static Optional<MetadataField<ArticleKind>> guess(
            Optional<OriginalCredit> credit, Optional<SourcesCredit> sources, boolean hasSiteBoilerplate) {
        if (credit.isPresent()) {
            boolean knownOriginal = KnownPublishers.nameFor(credit.get().url()).isPresent();
            return knownOriginal
                    ? Optional.of(MetadataField.extracted(ArticleKind.ORIGINAL, KNOWN_ORIGINAL_CREDIT, "credit-to-known-original-publisher"))
                    : Optional.empty();
        }
        if (sources.isPresent()) {
            return Optional.of(MetadataField.extracted(ArticleKind.REWRITE, CITES_SOURCES, "sources-line"));
        }
        if (hasSiteBoilerplate) {
            return Optional.of(MetadataField.extracted(ArticleKind.REWRITE, THIRD_PARTY_PAGE, "third-party-page-without-credit"));
        }
        return Optional.empty();
    }
}
