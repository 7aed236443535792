package archive.web;

import archive.web.database.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every row of every catalog table that a rebuild from the OCFL store must reproduce. Tables are found in the
 * database, so those later migrations add (metadata, provenance links, …) are compared without changing this class;
 * only what is deliberately not rebuilt is listed here, with why.
 */
record CatalogSnapshot(Map<String, List<String>> tables) {

    /**
     * Migration bookkeeping; the event log (a rebuild logs its own events); people and their credentials; OAI-PMH
     * datestamps, which say when harvesters could see a change (a rebuilt catalog changes every record, anew).
     */
    static final Set<String> NOT_FROM_THE_STORE = Set.of("flyway_schema_history", "archive_event", "account",
            "api_token", "oai_change", "oai_record", "oai_datestamp_clock");

    /**
     * When derived data was computed, and surrogate keys of derived rows: a rebuild recomputes them, so they differ
     * by nature; the values themselves are compared.
     */
    static final Set<String> RECOMPUTED_COLUMNS = Set.of("extracted_at", "detected_at", "raised_at");

    static CatalogSnapshot take(EmbeddedPostgres database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : tables(connection)) {
                tables.put(table, rows(connection, table));
            }
            return new CatalogSnapshot(tables);
        }
    }

    int rows(String table) {
        return tables.getOrDefault(table, List.of()).size();
    }

    /** Each row one side has and the other lacks, named by table. */
    List<String> differences(CatalogSnapshot rebuilt) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(tables.keySet());
        names.addAll(rebuilt.tables.keySet());
        for (String table : names) {
            List<String> before = tables.getOrDefault(table, List.of());
            List<String> after = rebuilt.tables.getOrDefault(table, List.of());
            before.stream().filter(row -> !after.contains(row)).forEach(row -> differences.add(table + " lost " + row));
            after.stream().filter(row -> !before.contains(row)).forEach(row -> differences.add(table + " gained "
                    + row));
        }
        return differences;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
            while (result.next()) {
                if (!NOT_FROM_THE_STORE.contains(result.getString(1))) {
                    tables.add(result.getString(1));
                }
            }
        }
        return tables;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder("{");
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String column = columns.getColumnName(i);
                    boolean surrogateKey = column.equals("id") && !table.equals("document");
                    if (!surrogateKey && !RECOMPUTED_COLUMNS.contains(column)) {
                        row.append(row.length() > 1 ? ", " : "").append(column).append('=')
                                .append(result.getString(i));
                    }
                }
                rows.add(row.append('}').toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
