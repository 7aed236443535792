package archive.core.metadata.catalog;

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

/** What extraction found for one field in one text version, kept even where a correction overrides it. */
@Entity
@Table(name = "metadata_extraction")
public class ExtractedValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "text_version", nullable = false)
    public int textVersion;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode value;

    @Column(nullable = false)
    public double confidence;

    @Column(nullable = false)
    public String rule;

    @Column(name = "extracted_at", nullable = false)
    public Instant extractedAt;
}
