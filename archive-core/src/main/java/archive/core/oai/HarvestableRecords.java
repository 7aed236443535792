package archive.core.oai;

import archive.core.catalog.DocumentId;
import archive.core.metadata.ArticleKind;
import archive.core.metadata.catalog.FieldName;
import archive.core.provenance.LinkStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The stamped records ({@link RecordDatestamps}) in datestamp order, by time and by set. A record's sets are worked
 * out in one place, the statement's select list, so a set's selection and the sets a header names always agree.
 */
@ApplicationScoped
@Transactional
public class HarvestableRecords {

    /** A record's publisher ({@code oai_record r}), as the catalog has it, trimmed; null if none. */
    private static final String PUBLISHER = "(select nullif(btrim(p.value #>> '{}'), '') from metadata_field p "
            + "where p.document_id = r.document_id and p.name = '" + FieldName.PUBLISHER.jsonName() + "' "
            + "and jsonb_typeof(p.value) = 'string')";

    /**
     * Every record with its sets; {@code %s} is the condition on the records ({@code oai_record r}). Whether a
     * document is derived: an accepted (automatic or confirmed) link names its source.
     */
    private static final String HEADERS = "select document_id, datestamp, "
            + "kind = ? and not derived as original, (kind = ? or derived) as rewrite, publisher "
            + "from (select r.document_id, r.datestamp, "
            + "(select k.value #>> '{}' from metadata_field k where k.document_id = r.document_id "
            + "and k.name = '" + FieldName.KIND.jsonName() + "') as kind, "
            + PUBLISHER + " as publisher, "
            + "exists (select 1 from provenance_link l where l.derived_id = r.document_id and l.status in (?, ?)) "
            + "as derived from oai_record r where %s) record";

    private final EntityManager entityManager;

    public HarvestableRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The earliest datestamp of any record; empty while nothing is stamped. */
    public Optional<Instant> earliestDatestamp() {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select min(datestamp) from oai_record");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return Optional.ofNullable(row.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        });
    }

    /** At most {@code limit} records of the harvest after {@code after} (from the start when empty), in order. */
    public List<RecordHeader> page(Harvest harvest, Optional<RecordPosition> after, int limit) {
        Statement statement = select(harvest, after);
        statement.sql.append(" order by datestamp, document_id limit ?");
        statement.parameters.add(limit);
        return work(connection -> statement.headers(connection));
    }

    /** How many records of the harvest come after {@code after} (all of them when empty). */
    public long count(Harvest harvest, Optional<RecordPosition> after) {
        return work(connection -> {
            try (PreparedStatement select = count(harvest, after, connection); ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The document's record, if it has been stamped. */
    public Optional<RecordHeader> header(DocumentId documentId) {
        Statement statement = headers("r.document_id = ?", List.of(documentId.value()));
        return work(connection -> statement.headers(connection)).stream().findFirst();
    }

    /** Every publisher that a record names, as the catalog has it (trimmed), in order. */
    public List<String> publishers() {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select distinct publisher from (select "
                    + PUBLISHER + " as publisher from oai_record r) named where publisher is not null "
                    + "order by publisher");
                 ResultSet rows = select.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        });
    }

    /** A count of all records needs none of their sets, only the datestamp index. */
    private static PreparedStatement count(Harvest harvest, Optional<RecordPosition> after, Connection connection)
            throws SQLException {
        if (harvest.set() != RecordSet.Kind.ALL) {
            Statement statement = select(harvest, after);
            statement.sql.insert(0, "select count(*) from (").append(") counted");
            return statement.prepare(connection);
        }
        Range range = range(harvest, after);
        PreparedStatement statement = connection.prepareStatement("select count(*) from oai_record r where "
                + range.condition());
        for (int i = 0; i < range.parameters().size(); i++) {
            statement.setObject(i + 1, range.parameters().get(i));
        }
        return statement;
    }

    /** The records' datestamps the harvest takes, after {@code after}: a condition on {@code oai_record r}. */
    private static Range range(Harvest harvest, Optional<RecordPosition> after) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        List<Object> parameters = new ArrayList<>();
        harvest.from().ifPresent(from -> {
            conditions.add("r.datestamp >= ?");
            parameters.add(timestamp(from));
        });
        harvest.untilExclusive().ifPresent(until -> {
            conditions.add("r.datestamp < ?");
            parameters.add(timestamp(until));
        });
        after.ifPresent(position -> {
            conditions.add("(r.datestamp, r.document_id) > (?, ?)");
            parameters.add(timestamp(position.datestamp()));
            parameters.add(position.documentId());
        });
        return new Range(String.join(" and ", conditions), parameters);
    }

    private static Statement select(Harvest harvest, Optional<RecordPosition> after) {
        Range range = range(harvest, after);
        Statement statement = headers(range.condition(), range.parameters());
        statement.sql.insert(0, "select * from (").append(") header where ");
        if (harvest.set() instanceof RecordSet.Publishers publishers) {
            statement.sql.append("publisher = any(?)");
            statement.parameters.add(publishers.names().toArray(String[]::new));
        } else {
            statement.sql.append(switch ((RecordSet.Kind) harvest.set()) {
                case ALL -> "true";
                case ORIGINALS -> "original";
                case REWRITES -> "rewrite";
                case WITH_PUBLISHER -> "publisher is not null";
            });
        }
        return statement;
    }

    private static Statement headers(String condition, List<Object> parameters) {
        return new Statement(new StringBuilder(HEADERS.formatted(condition)), new ArrayList<>(parameters));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }

    private record Range(String condition, List<Object> parameters) {
    }

    /** A statement over {@link #HEADERS}: the kind and status codes come first, then {@code parameters}. */
    private record Statement(StringBuilder sql, List<Object> parameters) {

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql.toString());
            int next = bindKinds(statement);
            for (Object parameter : parameters) {
                if (parameter instanceof String[] texts) {
                    statement.setArray(next++, connection.createArrayOf("text", texts));
                } else {
                    statement.setObject(next++, parameter);
                }
            }
            return statement;
        }

        List<RecordHeader> headers(Connection connection) throws SQLException {
            List<RecordHeader> headers = new ArrayList<>();
            try (PreparedStatement select = prepare(connection); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    headers.add(new RecordHeader(rows.getString("document_id"),
                            rows.getObject("datestamp", OffsetDateTime.class).toInstant(), rows.getBoolean("original"),
                            rows.getBoolean("rewrite"), Optional.ofNullable(rows.getString("publisher"))));
                }
            }
            return headers;
        }

        /** Binds the codes {@link #HEADERS} compares with; returns the next parameter's index. */
        private static int bindKinds(PreparedStatement statement) throws SQLException {
            statement.setString(1, ArticleKind.ORIGINAL.code());
            statement.setString(2, ArticleKind.REWRITE.code());
            statement.setString(3, LinkStatus.AUTO.code());
            statement.setString(4, LinkStatus.CONFIRMED.code());
            return 5;
        }
    }
}
