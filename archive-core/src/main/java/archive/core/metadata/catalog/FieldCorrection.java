package archive.core.metadata.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocfl.api.model.VersionNum;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One field a librarian changed: from what to what, who, when, in which metadata (and OCFL) version. */
@Entity
@Table(name = "metadata_correction")
public class FieldCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "metadata_version", nullable = false)
    public int metadataVersion;

    @Column(nullable = false)
    public String name;

    /** Null when the field had no value. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value")
    public JsonNode oldValue;

    /** Null when the correction removed the value. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value")
    public JsonNode newValue;

    @Column(name = "ocfl_version", nullable = false)
    public VersionNum ocflVersion;

    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;
}
