package archive.core.oai;

import archive.core.catalog.MetadataVersionArchived;
import archive.core.catalog.TextDerivation;
import archive.core.catalog.VersionsArchived;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Gives the records whose documents changed their datestamps. Triggers (V13) note each change in the transaction
 * that makes it; stamping moves the noted changes into {@code oai_record}, all with one datestamp, under the lock of
 * {@code oai_datestamp_clock}, and always later than the datestamp before. So whatever a harvester reads after a
 * stamping was stamped at or before it, and a change that was not visible then is stamped later: a harvest from
 * the response's date (or any earlier moment) finds it.
 * <p>
 * Changes are stamped once the transaction that made them is over (a new version, a derivation, a correction or a
 * provenance decision), so a datestamp is within moments of the change, and every OAI-PMH request stamps first, so
 * a change that happened in a transaction of its own (provenance detected again after a correction) is never
 * missed either: it is stamped by the next stamping of any kind.
 */
@ApplicationScoped
public class RecordDatestamps {

    private static final Logger LOG = Logger.getLogger(RecordDatestamps.class);

    private final EntityManager entityManager;

    public RecordDatestamps(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stamps every change noted so far, in a transaction of its own, and returns the moment of this stamping: every
     * record stamped so far has a datestamp at or before it, every record stamped later one at or after it.
     */
    public Instant stamp() {
        return QuarkusTransaction.requiringNew().call(this::stampNotedChanges);
    }

    void afterVersions(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionsArchived archived) {
        stampAfterChange();
    }

    void afterDerivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) TextDerivation derivation) {
        stampAfterChange();
    }

    void afterMetadataVersion(@Observes(during = TransactionPhase.AFTER_SUCCESS) MetadataVersionArchived version) {
        stampAfterChange();
    }

    /** The change is committed whatever happens here; if stamping fails now, the next stamping takes it. */
    private void stampAfterChange() {
        try {
            stamp();
        } catch (RuntimeException e) {
            LOG.warnf("OAI-PMH datestamps not given now, the next stamping will: %s", e.toString());
        }
    }

    private Instant stampNotedChanges() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            OffsetDateTime datestamp;
            // The clock's row lock makes stampings take turns, each later than the one before (by a microsecond at
            // least, should the clock stand still or step back), so a record stamped again always sorts after
            // every record a page has sent.
            try (PreparedStatement clock = connection.prepareStatement("update oai_datestamp_clock "
                    + "set latest = greatest(clock_timestamp(), latest + interval '1 microsecond') returning latest");
                 ResultSet row = clock.executeQuery()) {
                row.next();
                datestamp = row.getObject(1, OffsetDateTime.class);
            }
            try (PreparedStatement records = connection.prepareStatement("with noted as "
                    + "(delete from oai_change returning document_id) "
                    + "insert into oai_record (document_id, datestamp) select distinct document_id, ? from noted "
                    // a document the catalog lost meanwhile (a test, a partial rebuild) has no record to stamp
                    + "where exists (select 1 from document d where d.id = noted.document_id) "
                    + "on conflict (document_id) do update set datestamp = excluded.datestamp")) {
                records.setObject(1, datestamp);
                records.executeUpdate();
            }
            return datestamp.toInstant();
        });
    }
}
