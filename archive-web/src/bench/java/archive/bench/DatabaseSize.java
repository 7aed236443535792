package archive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prints the size in bytes of the archive's catalog database on the embedded PostgreSQL of a data directory (whose
 * port the launcher keeps in {@code <data>/pgsql/port}, and its superuser's password in
 * {@code <data>/pgsql/superuser.password}: the embedded server asks every connection for it).
 * <p>
 * Usage: {@code DatabaseSize <data dir>}
 */
public final class DatabaseSize {

    private DatabaseSize() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DatabaseSize <data dir>");
        }
        int port = Integer.parseInt(Files.readString(Path.of(args[0], "pgsql", "port")).strip());
        String password = Files.readString(Path.of(args[0], "pgsql", "superuser.password")).strip();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/archive", "postgres", password);
                Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
            size.next();
            System.out.println(size.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot measure the database on port " + port + ": " + e.getMessage(), e);
        }
    }
}
