package archive.core.provenance.scoring;

import archive.core.provenance.alignment.Evidence;


/**
 * The non-textual signals behind a score (the textual ones are in {@link Evidence}), kept so a reviewer
 * can see why a link was proposed.
 *
 * @param sharedQuotations     quotation passages shared with the source
 * @param entityOverlap        rarity-weighted share of the derived text's names and numbers found in the source
 * @param eventDateMatch       the derived text dates its event on the source's publication day (give or take a day)
 * @param eventDatesDiffer     both texts write dates and none matches: the same words told of another day, as a
 *                             release template reused (a second "returns to work", another call's readout)
 * @param credit               what the derived text's credits say about this source
 * @param sourceAuthoritative  the source is a defense.gov / .mil original
 * @param derivedAuthoritative the derived text is itself such an original
 * @param sourceAfterDerived   both dates are trusted and the source is the later one
 * @param directionFactor      multiplier in (0, 1] for evidence that the text may have flowed the other way
 * @param intermediaryId       archived copy through which the derived text reached this source, or null
 */
public record ProvenanceSignals(int sharedQuotations, double entityOverlap, boolean eventDateMatch,
                                boolean eventDatesDiffer, Credit credit,
                                boolean sourceAuthoritative, boolean derivedAuthoritative, boolean sourceAfterDerived,
                                double directionFactor, String intermediaryId) {

    ProvenanceSignals viaIntermediary(String id) {
        return new ProvenanceSignals(sharedQuotations, entityOverlap, eventDateMatch, eventDatesDiffer, credit, sourceAuthoritative,
                derivedAuthoritative, sourceAfterDerived, directionFactor, id);
    }
}
