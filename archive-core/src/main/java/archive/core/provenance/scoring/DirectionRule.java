package archive.core.provenance.scoring;

/**
 * How plausible it is that text flowed from the source to the derived document rather than the other way.
 * Shared text alone is symmetric; publisher authority and trusted dates break the symmetry.
 */
public final class DirectionRule {

    /** A source published after its "derivative" is almost certainly the copy. */
    static final double SOURCE_LATER = 0.2;
    /** A defense.gov original does not copy from rewrite sites; the site copied it. */
    static final double ORIGINAL_FROM_COPY = 0.25;
    /**
     * Copy from copy happens, but the archive links to originals: between two copies only a near-complete
     * verbatim copy still reaches {@link ProvenanceDetector#AUTO_ACCEPT}; anything less is proposed.
     */
    static final double COPY_FROM_COPY = 0.8;

    private DirectionRule() {
    }

    /**
     * @param sourceAfterDerived the source is the later text: its trusted date is later, or it says it reprints the
     *                           derived one's publication
     * @param derivedNamesSource the derived text's credits name this source: an original that says it reprints a
     *                           page is weighed as a copy of it
     */
    static double factor(boolean derivedAuthoritative, boolean sourceAuthoritative, boolean sourceAfterDerived,
            boolean derivedNamesSource) {
        if (sourceAfterDerived) {
            return SOURCE_LATER;
        }
        if (derivedAuthoritative && !sourceAuthoritative && !derivedNamesSource) {
            return ORIGINAL_FROM_COPY;
        }
        return sourceAuthoritative ? 1.0 : COPY_FROM_COPY;
    }
}
