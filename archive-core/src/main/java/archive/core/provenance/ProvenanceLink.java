package archive.core.provenance;

import archive.core.provenance.scoring.Relation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A derived document's link to one candidate source, with its evidence and the librarian's decision. */
@Entity
@Table(name = "provenance_link")
@IdClass(ProvenanceLink.Key.class)
public class ProvenanceLink extends PanacheEntityBase {

    @Id
    @Column(name = "derived_id")
    public String derivedId;

    @Id
    @Column(name = "source_id")
    public String sourceId;

    @Column(name = "derived_version", nullable = false)
    public int derivedVersion;

    @Column(nullable = false)
    public double score;

    /** Never {@link Relation#UNRELATED}: such a candidate is no link. */
    @Column(nullable = false)
    public Relation relation;

    @Column(nullable = false)
    public LinkStatus status;

    @Column(nullable = false)
    public String method;

    /** The aligned passages and signals, as JSON. */
    @Column(nullable = false)
    public String evidence;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean decided() {
        return status != null && status.decided();
    }

    public static class Key implements Serializable {
        public String derivedId;
        public String sourceId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(derivedId, key.derivedId)
                    && Objects.equals(sourceId, key.sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(derivedId, sourceId);
        }
    }
}
