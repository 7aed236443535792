package archive.web.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs initdb and pg_ctl for one cluster, with their output appended to postgres.log. */
final class PostgresTools {

    private static final Duration START_STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_BYTES = 4096;

    /**
     * Server settings for a small archive. Durability settings are pinned on the command line, which beats
     * postgresql.conf and ALTER SYSTEM. No unix socket: TCP on loopback only, with a password (pg_hba.conf), which
     * also sidesteps the 107-byte socket path limit and needs no native socket library in the JDBC driver.
     */
    private static final List<String> SETTINGS = List.of(
            "listen_addresses=127.0.0.1",
            "unix_socket_directories=''", // pg_ctl hands -o to /bin/sh, which turns '' into an empty value
            "fsync=on",
            "full_page_writes=on",
            "max_connections=50",
            "shared_buffers=128MB",
            "idle_in_transaction_session_timeout=10min",
            "log_min_duration_statement=2s");

    private final Path installDir;
    private final ClusterLayout layout;
    private final ServerIdentity identity;

    PostgresTools(Path installDir, ClusterLayout layout, ServerIdentity identity) {
        this.installDir = installDir;
        this.layout = layout;
        this.identity = identity;
    }

    ServerIdentity identity() {
        return identity;
    }

    /** Every connection, also from this machine, must give the superuser's password (in {@code passwordFile}). */
    void initdb(Path dataDir, Path passwordFile) {
        run(START_STOP_TIMEOUT, "initdb", "-D", dataDir.toString(), "--locale=C.UTF-8", "--encoding=UTF8",
                "-U", "postgres", "--auth=scram-sha-256", "--pwfile=" + passwordFile);
    }

    void start(int port) {
        StringBuilder options = new StringBuilder("-p ").append(port);
        SETTINGS.forEach(setting -> options.append(" -c ").append(setting));
        run(START_STOP_TIMEOUT.plusSeconds(10), "pg_ctl", "start", "-D", layout.data().toString(),
                "-w", "-t", String.valueOf(START_STOP_TIMEOUT.toSeconds()),
                "-l", layout.log().toString(), "-o", options.toString());
    }

    /** Fast shutdown: rolls back open sessions, checkpoints, and waits until the server is gone. */
    void stopFast() {
        run(START_STOP_TIMEOUT.plusSeconds(10), "pg_ctl", "stop", "-D", layout.data().toString(),
                "-m", "fast", "-w", "-t", String.valueOf(START_STOP_TIMEOUT.toSeconds()));
    }

    /** The end of postgres.log, for exception messages. */
    String logTail() {
        try (RandomAccessFile log = new RandomAccessFile(layout.log().toFile(), "r")) {
            long length = log.length();
            long from = Math.max(0, length - LOG_TAIL_BYTES);
            byte[] tail = new byte[(int) (length - from)];
            log.seek(from);
            log.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8);
            return from == 0 ? text : text.substring(text.indexOf('\n') + 1); // drop the cut-off first line
        } catch (IOException e) {
            return "(cannot read " + layout.log() + ": " + e.getMessage() + ")";
        }
    }

    private void run(Duration timeout, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(installDir.resolve("bin").resolve(tool).toString());
        command.addAll(List.of(args));
        // The application's working directory may be closed to the server's identity; pgsql/ never is.
        ProcessBuilder builder = new ProcessBuilder(identity.command(command))
                .directory(layout.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile()));
        // PGDATA, PGPORT, PGHOST... of the application's environment must not steer our tools.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw failure("'" + String.join(" ", command) + "' timed out after " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw failure("'" + String.join(" ", command) + "' failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while running " + tool, e);
        }
    }

    private EmbeddedPostgresException failure(String what) {
        return new EmbeddedPostgresException(what + " (running as " + identity + "). Last lines of "
                + layout.log() + ":\n" + logTail());
    }
}
