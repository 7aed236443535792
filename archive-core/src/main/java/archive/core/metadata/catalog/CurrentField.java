package archive.core.metadata.catalog;

import archive.core.metadata.FieldOrigin;
import com.fasterxml.jackson.databind.JsonNode;
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

/** The current value of one metadata field of a document: extracted, or corrected by a librarian. */
@Entity
@Table(name = "metadata_field")
public class CurrentField extends PanacheEntityBase {

    public static final String CORRECTION_RULE = "librarian-correction";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(nullable = false)
    public String name;

    /** Null only when a librarian removed the value. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode value;

    @Column(nullable = false)
    public FieldOrigin origin;

    @Column(nullable = false)
    public double confidence;

    @Column(nullable = false)
    public String rule;

    @Column(name = "text_version", nullable = false)
    public int textVersion;

    /** The metadata version of the correction that set the value; 0 for an extracted one. */
    @Column(name = "metadata_version", nullable = false)
    public int metadataVersion;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    public FieldName field() {
        return FieldName.byJsonName(name).orElseThrow();
    }

    public boolean corrected() {
        return origin == FieldOrigin.CORRECTED;
    }
}
