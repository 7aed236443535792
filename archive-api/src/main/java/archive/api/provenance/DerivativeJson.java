package archive.api.provenance;

import archive.core.provenance.LinkStatus;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.scoring.Relation;

/** A document derived from the one asked about. */
public record DerivativeJson(String documentId, double score, Relation relation, LinkStatus status, String self) {

    public static DerivativeJson of(ProvenanceLink link) {
        return new DerivativeJson(link.derivedId, link.score, link.relation, link.status,
                "/api/v1/documents/" + link.derivedId);
    }
}
