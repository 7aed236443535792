package archive.core.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/** One archived document: an OCFL object whose versions are {@link DocumentVersion}s. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

    /** Ids are 16 lowercase hex characters; nothing else is looked up (or reaches the database). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    @Id
    public String id;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    /** The OCFL head this catalog row reflects; a store head beyond it is reconciled at start. */
    @Column(name = "ocfl_head", nullable = false)
    public String ocflHead;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
