package archive.core.metadata.catalog;

import archive.core.metadata.MetadataFlag;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A doubt about a document's metadata for a librarian to look at, e.g. a date its own text contradicts. */
@Entity
@Table(name = "metadata_flag")
public class DocumentFlag extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    /** Stored by its constant's name ("DATE_CONTRADICTS_TEXT"); an unknown name fails to load, naming it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MetadataFlag.Type type;

    @Column(nullable = false)
    public String detail;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;
}
