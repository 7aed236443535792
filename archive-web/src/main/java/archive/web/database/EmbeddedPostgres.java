package archive.web.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import archive.web.secrets.OwnerOnlySecret;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLState;

/**
 * The archive's embedded PostgreSQL, kept in {@code <dataDir>/pgsql}: binaries from the bundled zonky archive, a
 * cluster that survives restarts, and a database {@value #DATABASE} reachable on 127.0.0.1 only, with the
 * superuser's password: a random one made at first start, kept where only the application's account can read it.
 * <p>
 * The server outlives a JVM that is killed; the next {@link #start(Path)} on the same directory reuses it if it
 * accepts connections, and otherwise cleans up and starts afresh. The handle that started or reused the server last
 * owns it: only that handle stops it (on {@link #close()} or JVM shutdown), so a stale handle never stops a server
 * that a newer one is using.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String HOST = "127.0.0.1";
    private static final String DATABASE = "archive";
    private static final String SUPERUSER = "postgres";
    private static final long MAX_LOG_BYTES = 10L * 1024 * 1024;
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(5);
    /** A FileLock only excludes other JVMs (within one it throws OverlappingFileLockException), so lock here too. */
    private static final Object JVM_LOCK = new Object();

    private final ClusterLayout layout;
    private final PostgresTools tools;
    private final int port;
    private final String password;
    private final String ownerToken;
    private final Thread shutdownHook = new Thread(this::stopOnShutdown, "embedded-postgres-shutdown");
    private boolean closed; // guarded by JVM_LOCK

    private EmbeddedPostgres(ClusterLayout layout, PostgresTools tools, int port, String password,
            String ownerToken) {
        this.layout = layout;
        this.tools = tools;
        this.port = port;
        this.password = password;
        this.ownerToken = ownerToken;
    }

    /** Starts (or reuses) the server for {@code dataDir}; blocks while another JVM is starting the same one. */
    public static EmbeddedPostgres start(Path dataDir) {
        return start(dataDir, ServerIdentity.detect());
    }

    /** Lets tests pick the identity, e.g. the setpriv fallback on a machine where user namespaces work. */
    static EmbeddedPostgres start(Path dataDir, ServerIdentity identity) {
        long started = System.nanoTime();
        ClusterLayout layout = createLayout(dataDir);
        EmbeddedPostgres postgres = underClusterLock(layout, "start", () -> startLocked(layout, identity));
        Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
        LOG.infof("PostgreSQL ready at %s in %d ms", postgres.jdbcUrl(), millisSince(started));
        return postgres;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE;
    }

    public String username() {
        return SUPERUSER;
    }

    /** Every connection needs it (scram-sha-256), also from this machine; kept in {@code pgsql/superuser.password}. */
    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** Stops the server with a fast shutdown, unless a newer handle owns it. Later calls do nothing. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook runs (or ran) and stops the server itself; closed makes this call a no-op
        }
        stopIfOwner();
    }

    private void stopOnShutdown() {
        try {
            stopIfOwner();
        } catch (EmbeddedPostgresException e) {
            LOG.errorf("Stopping PostgreSQL on port %d at JVM shutdown failed: %s", port, e.getMessage());
        }
    }

    private void stopIfOwner() {
        underClusterLock(layout, "stop", () -> {
            if (closed) {
                return null;
            }
            closed = true;
            if (!isOwner()) {
                LOG.infof("Not stopping PostgreSQL on port %d: another handle took it over", port);
                return null;
            }
            if (Files.exists(layout.postmasterPid())) {
                long started = System.nanoTime();
                tools.stopFast();
                LOG.infof("Stopped PostgreSQL on port %d in %d ms", port, millisSince(started));
            } else {
                LOG.warnf("PostgreSQL on port %d had already stopped", port);
            }
            Files.delete(layout.ownerFile());
            return null;
        });
    }

    private boolean isOwner() throws IOException {
        try {
            return Files.readString(layout.ownerFile()).equals(ownerToken);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static ClusterLayout createLayout(Path dataDir) {
        try {
            Path root = Files.createDirectories(dataDir.resolve("pgsql"));
            // Real path: processes are matched by /proc/<pid>/cwd, which the kernel reports resolved.
            return new ClusterLayout(root.toRealPath());
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot create " + dataDir.resolve("pgsql") + ": " + e, e);
        }
    }

    private interface LockedAction<T> {
        T run() throws IOException;
    }

    private static <T> T underClusterLock(ClusterLayout layout, String what, LockedAction<T> action) {
        synchronized (JVM_LOCK) {
            try (FileChannel channel = FileChannel.open(layout.lockFile(),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lock(channel, layout)) {
                return action.run();
            } catch (IOException e) {
                throw new EmbeddedPostgresException("Cannot " + what + " PostgreSQL in " + layout.root() + ": " + e, e);
            }
        }
    }

    private static FileLock lock(FileChannel channel, ClusterLayout layout) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock != null) {
            return lock;
        }
        LOG.infof("Waiting for another process to release %s", layout.lockFile());
        return channel.lock();
    }

    private static EmbeddedPostgres startLocked(ClusterLayout layout, ServerIdentity identity) throws IOException {
        String password = OwnerOnlySecret.readOrCreate(layout.passwordFile());
        PostgresTools tools = new PostgresTools(PostgresBinaries.install(layout.root()), layout, identity);
        OptionalInt running = reuseRunningServer(layout, tools, password);
        int port = running.isPresent() ? running.getAsInt() : launch(layout, tools, password);
        requirePasswordOfTrustingCluster(layout, tools, port, password);
        createDatabaseIfMissing(layout, tools, port, password);
        String ownerToken = UUID.randomUUID().toString();
        Files.writeString(layout.ownerFile(), ownerToken); // the newest handle owns the server
        return new EmbeddedPostgres(layout, tools, port, password, ownerToken);
    }

    /**
     * A server that outlived its JVM is reused if it accepts connections, else stopped. Whatever a dead server left
     * behind (postmaster.pid, children still holding its shared memory) is cleaned up so a new one can start: postgres
     * alone would refuse when the pid in postmaster.pid now belongs to another process, which is common after a
     * container restart.
     */
    private static OptionalInt reuseRunningServer(ClusterLayout layout, PostgresTools tools, String password)
            throws IOException {
        Optional<PostmasterPidFile> postmaster = PostmasterPidFile.read(layout.postmasterPid())
                .filter(pidFile -> ClusterProcesses.isRunningIn(pidFile.pid(), layout.data()));
        if (postmaster.isPresent()) {
            long pid = postmaster.get().pid();
            int port = postmaster.get().port();
            if (acceptsConnections(port, password)) {
                LOG.infof("Reusing running PostgreSQL (pid %d, port %d)", pid, port);
                Files.writeString(layout.portFile(), Integer.toString(port));
                // It may have outlived a JVM killed between rewriting pg_hba.conf and the reload that applies it.
                reloadConfiguration(port, password);
                return OptionalInt.of(port);
            }
            LOG.warnf("Running PostgreSQL (pid %d, port %d) does not accept connections; restarting it", pid, port);
            try {
                tools.stopFast();
            } catch (EmbeddedPostgresException e) {
                LOG.warnf("Fast shutdown of pid %d failed (see %s); killing its processes", pid, layout.log());
                ClusterProcesses.awaitExit(layout.data(), Duration.ZERO);
            }
        }
        if (Files.exists(layout.postmasterPid())) {
            ClusterProcesses.awaitExit(layout.data(), LEFTOVER_GRACE);
            Files.delete(layout.postmasterPid());
            LOG.infof("Removed stale %s", layout.postmasterPid());
        }
        return OptionalInt.empty();
    }

    private static int launch(ClusterLayout layout, PostgresTools tools, String password) throws IOException {
        prepareLog(layout, tools.identity());
        if (!Files.exists(layout.pgVersion())) {
            initializeCluster(layout, tools, password);
        }
        tools.identity().takeOwnership(layout.data());
        int port = choosePort(layout);
        tools.start(port);
        return port;
    }

    /** Rotated at server start only: enough for a server that is restarted now and then. */
    private static void prepareLog(ClusterLayout layout, ServerIdentity identity) throws IOException {
        if (Files.exists(layout.log()) && Files.size(layout.log()) > MAX_LOG_BYTES) {
            Files.move(layout.log(), layout.previousLog(), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(layout.log())) {
            Files.createFile(layout.log());
        }
        identity.takeOwnership(layout.log()); // pg_ctl -l opens it as the server's identity
    }

    private static void initializeCluster(ClusterLayout layout, PostgresTools tools, String password)
            throws IOException {
        try {
            Files.deleteIfExists(layout.data()); // an empty directory is fine to replace
        } catch (DirectoryNotEmptyException e) {
            throw new EmbeddedPostgresException(layout.data() + " is not empty but holds no PostgreSQL cluster "
                    + "(no PG_VERSION); move it away to let a new cluster be created");
        }
        long started = System.nanoTime();
        // initdb writes PG_VERSION early, so it works in a staging directory that is renamed once complete:
        // a crash mid-initdb then never leaves something that looks like a cluster.
        FileTrees.deleteRecursively(layout.dataStaging());
        Files.createDirectory(layout.dataStaging());
        tools.identity().takeOwnership(layout.dataStaging());
        initdbWithPassword(layout, tools, password);
        Files.move(layout.dataStaging(), layout.data(), StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Created cluster %s in %d ms", layout.data(), millisSince(started));
    }

    /**
     * initdb reads the password from a file, as the server's identity, which may not read the application's own
     * password file (the setpriv fallback): it gets a copy of its own for as long as initdb runs.
     */
    private static void initdbWithPassword(ClusterLayout layout, PostgresTools tools, String password)
            throws IOException {
        Path copy = layout.initdbPasswordFile();
        Files.deleteIfExists(copy);
        Files.createFile(copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(copy, password);
            tools.identity().takeOwnership(copy);
            tools.initdb(layout.dataStaging(), copy);
        } finally {
            Files.delete(copy);
        }
    }

    /**
     * A cluster made by an archive from before the password (initdb -A trust) lets every local process in as
     * superuser. Trust lets us in too, to set the password; then pg_hba.conf asks for it and the server reloads.
     * Interrupted anywhere, the next start does it again (pg_hba.conf still trusts), or reloads (see
     * {@link #reuseRunningServer}).
     */
    private static void requirePasswordOfTrustingCluster(ClusterLayout layout, PostgresTools tools, int port,
            String password) throws IOException {
        if (!HostBasedAuthentication.trustsAnyone(layout.hbaFile())) {
            return;
        }
        try (Connection connection = dataSource(port, "postgres", password).getConnection()) {
            // Hashed by the driver: the password itself never reaches the server, nor its log.
            connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(),
                    "scram-sha-256");
            HostBasedAuthentication.requirePassword(layout.hbaFile(), tools.identity());
            reload(connection);
        } catch (SQLException e) {
            throw new EmbeddedPostgresException("Cannot set the password of " + layout.data() + ": " + e.getMessage()
                    + ". Last lines of the server log:\n" + tools.logTail(), e);
        }
        LOG.infof("Cluster %s let every local process in without a password (made by an earlier version); its "
                + "superuser now has the password in %s, and every connection must give it", layout.data(),
                layout.passwordFile());
    }

    private static void reloadConfiguration(int port, String password) {
        try (Connection connection = dataSource(port, "postgres", password).getConnection()) {
            reload(connection);
        } catch (SQLException e) {
            throw new EmbeddedPostgresException("Cannot reload the configuration of PostgreSQL on port " + port
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns once the postmaster has the signal; it applies pg_hba.conf before it accepts another connection, so
     * the next connection already meets the new rules.
     */
    private static void reload(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_reload_conf()");
        }
    }

    /** Keeps the port of earlier runs (stable JDBC URLs) unless another process took it meanwhile. */
    private static int choosePort(ClusterLayout layout) throws IOException {
        OptionalInt stored = readPort(layout);
        if (stored.isPresent() && isFree(stored.getAsInt())) {
            return stored.getAsInt();
        }
        int port;
        try (ServerSocket socket = bindLoopback(0)) {
            port = socket.getLocalPort();
        }
        if (stored.isPresent()) {
            LOG.infof("Port %d is taken by another process; moving PostgreSQL to port %d", stored.getAsInt(), port);
        }
        Files.writeString(layout.portFile(), Integer.toString(port));
        return port;
    }

    private static OptionalInt readPort(ClusterLayout layout) throws IOException {
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(layout.portFile()).strip()));
        } catch (NoSuchFileException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = bindLoopback(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static ServerSocket bindLoopback(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true); // as postgres does, so connections in TIME_WAIT do not make a port taken
            socket.bind(new InetSocketAddress(HOST, port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A server that refuses the password accepts connections: restarting it would not help (see below). */
    private static boolean acceptsConnections(int port, String password) {
        try (Connection connection = dataSource(port, "postgres", password).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("select 1");
            return true;
        } catch (SQLException e) {
            return refusesPassword(e);
        }
    }

    private static boolean refusesPassword(SQLException e) {
        return PSQLState.INVALID_PASSWORD.getState().equals(e.getSQLState());
    }

    private static void createDatabaseIfMissing(ClusterLayout layout, PostgresTools tools, int port,
            String password) {
        try (Connection connection = dataSource(port, "postgres", password).getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE);
            }
            LOG.infof("Created database %s", DATABASE);
        } catch (SQLException e) {
            if (refusesPassword(e)) {
                throw new EmbeddedPostgresException("The embedded PostgreSQL in " + layout.data() + " refuses the "
                        + "password in " + layout.passwordFile() + ", which is not the one it was created with. "
                        + "Put the original file back; or, with the archive stopped, move " + layout.data()
                        + " away and run 'rebuild-catalog': the catalog is rebuilt from the OCFL store.", e);
            }
            throw new EmbeddedPostgresException("Cannot create database " + DATABASE + " on port " + port + ": "
                    + e.getMessage() + ". Last lines of the server log:\n" + tools.logTail(), e);
        }
    }

    private static PGSimpleDataSource dataSource(int port, String database, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {HOST});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(SUPERUSER);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(10); // a hung server must not hang start()
        dataSource.setApplicationName("archive-embedded-postgres");
        return dataSource;
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }
}
