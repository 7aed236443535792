package archive.core.catalog;

import io.ocfl.api.model.VersionNum;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One archived document: an OCFL object whose versions are {@link DocumentVersion}s. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    /** A {@link DocumentId}'s value. */
    @Id
    public String id;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    /** The OCFL head this catalog row reflects; a store head beyond it is reconciled at start. */
    @Column(name = "ocfl_head", nullable = false)
    public VersionNum ocflHead;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
