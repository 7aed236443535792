package archive.core.catalog;

import io.ocfl.api.model.VersionNum;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One immutable text version of a document, with the checksums that let anyone verify it. */
@Entity
@Table(name = "document_version")
@IdClass(DocumentVersion.Key.class)
public class DocumentVersion extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Id
    public int number;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public String sha512;

    @Column(nullable = false)
    public long size;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "original_file_name", nullable = false)
    public String originalFileName;

    /** The OCFL version ("v2") that holds these bytes. */
    @Column(name = "ocfl_version", nullable = false)
    public VersionNum ocflVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static class Key implements Serializable {
        public String documentId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && number == key.number && Objects.equals(documentId, key.documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, number);
        }
    }
}
