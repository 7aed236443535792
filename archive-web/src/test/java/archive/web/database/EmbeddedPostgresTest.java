package archive.web.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EmbeddedPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAndPortAcrossRestarts() throws Exception {
        int port;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertTrue(query(postgres, "select version()").startsWith("PostgreSQL 17."));
            execute(postgres, "create table note (body text)", "insert into note values ('kept')");
            port = postgres.port();
        }
        assertFalse(Files.exists(pidFile()), "close() stops the server");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals("kept", query(postgres, "select body from note"));
            assertEquals(port, postgres.port());
            assertEquals("archive", query(postgres, "select current_database()"));
        }
    }

    @Test
    void everyConnectionNeedsThePasswordThatOnlyTheOwnerCanRead() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals("1", query(postgres, "select 1"));
            assertRefused(postgres, null);
            assertRefused(postgres, "");
            assertEquals("28P01", assertRefused(postgres, "not-the-password").getSQLState()); // invalid_password

            Path file = dataDir.resolve("pgsql/superuser.password");
            assertEquals(postgres.password(), Files.readString(file));
            assertTrue(postgres.password().length() >= 43, "256 random bits");
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
            assertFalse(Files.exists(dataDir.resolve("pgsql/initdb.password")), "initdb's copy is gone");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals(Files.readString(dataDir.resolve("pgsql/superuser.password")), postgres.password());
            assertEquals("1", query(postgres, "select 1"));
        }
    }

    @Test
    void clusterThatTrustedEveryLocalProcessGetsThePassword() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            execute(postgres, "create table note (body text)", "insert into note values ('kept')");
        }
        makeTrustingAsEarlierVersionsDid();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals("kept", query(postgres, "select body from note"));
            assertRefused(postgres, "");
            assertRefused(postgres, "not-the-password");
            assertFalse(HostBasedAuthentication.trustsAnyone(hbaFile()));
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(hbaFile()));
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals("kept", query(postgres, "select body from note"));
        }
    }

    @Test
    void trustingServerThatOutlivedAnEarlierVersionGetsThePasswordWhileItRuns() throws Exception {
        createCluster();
        makeTrustingAsEarlierVersionsDid();
        ClusterLayout layout = new ClusterLayout(dataDir.resolve("pgsql").toRealPath());
        int port = Integer.parseInt(Files.readString(layout.portFile()));
        new PostgresTools(PostgresBinaries.install(layout.root()), layout, ServerIdentity.detect()).start(port);
        long postmaster = postmasterPid();
        try (Connection anyone = connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "")) {
            assertTrue(anyone.isValid(5), "the earlier version's server lets anyone in");
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals(postmaster, postmasterPid(), "reused, not restarted");
            assertRefused(postgres, "");
            assertEquals("1", query(postgres, "select 1"));
        }
    }

    @Test
    void movesToAnotherPortWhenTheStoredOneIsTaken() throws Exception {
        createCluster();
        int stored = Integer.parseInt(Files.readString(dataDir.resolve("pgsql/port")));

        try (ServerSocket squatter = new ServerSocket(stored, 1, InetAddress.getByName("127.0.0.1"));
             EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertNotEquals(stored, postgres.port());
            assertEquals("1", query(postgres, "select 1"));
            assertEquals(Integer.toString(postgres.port()), Files.readString(dataDir.resolve("pgsql/port")));
        }
    }

    @Test
    void ignoresLeftoversOfInterruptedExtractionAndInitdb() throws Exception {
        Path pgsql = Files.createDirectories(dataDir.resolve("pgsql"));
        Files.createDirectories(pgsql.resolve("bin-17.11.0.extracting-123/bin"));
        Files.createDirectories(pgsql.resolve("data.initdb"));
        Files.writeString(pgsql.resolve("data.initdb/PG_VERSION"), "17\n");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals("1", query(postgres, "select 1"));
        }
        assertFalse(Files.exists(pgsql.resolve("bin-17.11.0.extracting-123")));
        assertFalse(Files.exists(pgsql.resolve("data.initdb")));
    }

    @Test
    void failureMessageCarriesTheEndOfTheServerLog() throws Exception {
        createCluster();
        Files.writeString(dataDir.resolve("pgsql/data/postgresql.conf"), "no_such_setting = 1\n",
                StandardOpenOption.APPEND);

        EmbeddedPostgresException failure =
                assertThrows(EmbeddedPostgresException.class, () -> EmbeddedPostgres.start(dataDir));
        assertTrue(failure.getMessage().contains("pg_ctl"), failure.getMessage());
        assertTrue(failure.getMessage().contains("unrecognized configuration parameter \"no_such_setting\""),
                failure.getMessage());
    }

    @Test
    void startsDespitePidFileOfDeadProcess() throws Exception {
        createCluster();
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        writePidFile(exited.pid());

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals("1", query(postgres, "select 1"));
        }
    }

    @Test
    void startsDespitePidFileNamingAnUnrelatedLiveProcess() throws Exception {
        createCluster();
        writePidFile(ProcessHandle.current().pid()); // a reused pid: postgres alone would refuse to start

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals("1", query(postgres, "select 1"));
        }
    }

    @Test
    void startsAfterPostmasterWasKilledWhileABackendHoldsItsSharedMemory() throws Exception {
        try (EmbeddedPostgres crashed = EmbeddedPostgres.start(dataDir);
             Connection connection = connect(crashed)) {
            ProcessHandle backend = ProcessHandle.of(backendPid(connection)).orElseThrow();
            // Stopped, the backend cannot notice its postmaster died, so it stays attached to the old shared memory.
            assertEquals(0, new ProcessBuilder("kill", "-STOP", Long.toString(backend.pid())).start().waitFor());
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);

            try (EmbeddedPostgres restarted = EmbeddedPostgres.start(dataDir)) {
                assertEquals("1", query(restarted, "select 1"));
                assertFalse(backend.isAlive(), "the leftover backend was killed");
            }
        }
    }

    @Test
    void reusesServerOfHandleThatWasNeverClosed() throws Exception {
        EmbeddedPostgres abandoned = EmbeddedPostgres.start(dataDir); // as if its JVM had died
        long postmaster = postmasterPid();

        try (EmbeddedPostgres current = EmbeddedPostgres.start(dataDir)) {
            assertEquals(abandoned.port(), current.port());
            assertEquals(postmaster, postmasterPid());

            abandoned.close(); // must not stop the server the current handle owns
            assertEquals("1", query(current, "select 1"));
        }
        assertFalse(Files.exists(pidFile()));
    }

    @Test
    void reusesServerThatOutlivedItsKilledJvm() throws Exception {
        Process jvm = startOtherJvm();
        int port = awaitReady(jvm);
        long postmaster = postmasterPid();
        jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
        jvm.waitFor();
        assertTrue(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), "server outlived JVM");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            assertEquals(port, postgres.port());
            assertEquals(postmaster, postmasterPid());
            assertEquals("1", query(postgres, "select 1"));
        }
        assertFalse(Files.exists(pidFile()));
    }

    @Test
    void concurrentJvmsCreateTheClusterOnce() throws Exception {
        Process first = startOtherJvm();
        Process second = startOtherJvm();
        assertEquals(awaitReady(first), awaitReady(second));
        String log = Files.readString(dataDir.resolve("pgsql/postgres.log"));
        assertEquals(1, log.split("creating configuration files", -1).length - 1, "initdb runs once");

        first.getOutputStream().close(); // lets the JVMs exit normally; the owner's shutdown hook stops postgres
        second.getOutputStream().close();
        assertEquals(0, first.waitFor());
        assertEquals(0, second.waitFor());
        assertFalse(Files.exists(pidFile()));
    }

    @Test
    void fallsBackToUnprivilegedAccountAndBack() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "the fallback is for root only");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x")); // nobody must reach it

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, ServerIdentity.setpriv("nobody"))) {
            execute(postgres, "create table note (body text)", "insert into note values ('kept')");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, ServerIdentity.userNamespace())) {
            assertEquals("kept", query(postgres, "select body from note"));
        }
    }

    /** Run by {@link #startOtherJvm()}: holds a handle until stdin closes or the JVM is killed. */
    public static final class OtherJvm {
        public static void main(String[] args) throws IOException {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]))) {
                System.out.println("READY " + postgres.port());
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }

    private Process startOtherJvm() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OtherJvm.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static int awaitReady(Process jvm) throws IOException {
        String line = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertNotNull(line, "other JVM exited before it was ready");
        return Integer.parseInt(line.substring("READY ".length()));
    }

    private void createCluster() {
        EmbeddedPostgres.start(dataDir).close();
    }

    /** As initdb -A trust left a cluster: every rule trusts, the superuser has no password, no password file. */
    private void makeTrustingAsEarlierVersionsDid() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir)) {
            execute(postgres, "alter role postgres password null");
        }
        Files.writeString(hbaFile(), Files.readString(hbaFile()).replace("scram-sha-256", "trust"));
        assertTrue(HostBasedAuthentication.trustsAnyone(hbaFile()));
        Files.delete(dataDir.resolve("pgsql/superuser.password"));
    }

    private Path hbaFile() {
        return dataDir.resolve("pgsql/data/pg_hba.conf");
    }

    private Path pidFile() {
        return dataDir.resolve("pgsql/data/postmaster.pid");
    }

    private long postmasterPid() throws IOException {
        return PostmasterPidFile.read(pidFile()).orElseThrow().pid();
    }

    /** Same layout as postgres writes: pid, data dir, start time, port, socket dir, listen address, shm key. */
    private void writePidFile(long pid) throws IOException {
        Files.writeString(pidFile(), pid + "\n" + dataDir.resolve("pgsql/data") + "\n1700000000\n5432\n\n127.0.0.1\n"
                + "  5432001    12\nready   \n");
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
            assertTrue(result.next());
            return result.getLong(1);
        }
    }

    private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    /** As the superuser, with {@code password} (none if null). */
    private static Connection connect(String url, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static SQLException assertRefused(EmbeddedPostgres postgres, String password) {
        return assertThrows(SQLException.class, () -> connect(postgres.jdbcUrl(), password).close(),
                "connected with password " + password);
    }

    private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next());
            return result.getString(1);
        }
    }

    private static void execute(EmbeddedPostgres postgres, String... statements) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
