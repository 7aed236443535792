package archive.core.changes;

import archive.core.catalog.EventOutcome;
import archive.core.catalog.EventType;
import archive.core.provenance.LinkStatus;
import archive.core.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The changes of the archive in the order their transactions wrote them (archive_event.written_in, then the event
 * id), serving only the events of transactions older than every transaction still running. Any later change then
 * comes from a transaction still running or not yet begun, whose id is higher than all served: it sorts after every
 * cursor handed out, so following the cursors never skips one, however transactions interleave and whatever event
 * ids they took. The price is that a long transaction holds back the changes committed after it began (see V12).
 */
@ApplicationScoped
public class ChangeFeed {

    /**
     * The events that are changes (codes of the archive's own vocabularies, written into the SQL so that the partial
     * index of V12 applies), of transactions older than any still running.
     */
    private static final String CHANGES = "e.type in (" + Arrays.stream(ChangeKind.values())
            .map(kind -> "'" + kind.recordedAs().code() + "'").collect(Collectors.joining(", ")) + ")"
            + " and e.outcome = '" + EventOutcome.SUCCESS.code() + "'"
            + " and e.written_in < pg_snapshot_xmin(pg_current_snapshot())";
    private static final String SELECT = "select e.written_in::text, e.id, e.type, e.document_id, e.version_number, "
            + "v.sha256, e.provenance_source_id, e.provenance_status, e.occurred_at, e.agent from archive_event e "
            + "left join document_version v on v.document_id = e.document_id and v.number = e.version_number "
            + "where " + CHANGES;
    private static final String FORWARD = " order by e.written_in, e.id limit ?";

    private final EntityManager entityManager;

    public ChangeFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code limit} changes after the cursor, oldest first (from the first change without one). A cursor that
     * names no change the feed serves is refused: following it could silently skip or repeat changes.
     */
    @Transactional
    public ChangePage after(Optional<ChangeCursor> cursor, int limit) {
        return session().doReturningWork(connection -> {
            if (cursor.isEmpty()) {
                return new ChangePage(Optional.empty(), query(connection, SELECT + FORWARD, limit));
            }
            ChangeCursor after = cursor.get();
            List<Change> named = query(connection, SELECT + " and e.written_in = ?::xid8 and e.id = ?",
                    Long.toString(after.transaction()), after.event());
            if (named.isEmpty()) {
                throw InvalidChangeCursorException.unknown(after);
            }
            return new ChangePage(Optional.of(named.get(0)), query(connection,
                    SELECT + " and (e.written_in, e.id) > (?::xid8, ?)" + FORWARD,
                    Long.toString(after.transaction()), after.event(), limit));
        });
    }

    /** The latest {@code limit} changes, newest first: what a feed reader shows. */
    @Transactional
    public List<Change> latest(int limit) {
        return session().doReturningWork(connection -> query(connection,
                SELECT + " order by e.written_in desc, e.id desc limit ?", limit));
    }

    private static List<Change> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<Change> changes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(change(rows));
                }
            }
            return changes;
        }
    }

    private static Change change(ResultSet row) throws SQLException {
        ChangeCursor cursor = new ChangeCursor(Long.parseLong(row.getString(1)), row.getLong(2));
        ChangeKind kind = ChangeKind.of(Codes.of(EventType.class, row.getString(3))).orElseThrow();
        String status = row.getString(8);
        return new Change(cursor, kind, row.getString(4), row.getInt(5), row.getString(6), row.getString(7),
                status == null ? null : Codes.of(LinkStatus.class, status),
                row.getObject(9, OffsetDateTime.class).toInstant(), row.getString(10));
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
