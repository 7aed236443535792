package archive.core.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The text version of a document that the candidate index and the term statistics count. */
@Entity
@Table(name = "provenance_indexed")
public class IndexedVersion extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Column(name = "text_version", nullable = false)
    public int textVersion;
}
