package archive.web;

import archive.web.database.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package} before the
 * integration tests run) as a child process with its own data directory and embedded PostgreSQL, the way an
 * operator runs it, from another folder: started, killed with SIGKILL, or stopped with SIGTERM.
 */
final class ArchiveProcess {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "integration-test-password";
    private static final long START_TIMEOUT_SECONDS = 180;
    private static final String READY_LINE = "Listening on: http://";

    private final Process process;
    private final int port;

    private ArchiveProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server and returns once it listens. */
    static ArchiveProcess start(Path dataDir, Map<String, String> settings) {
        int port = freePort();
        Process process = launch(dataDir, settings, port, List.of());
        awaitLine(process, dataDir, READY_LINE);
        return new ArchiveProcess(process, port);
    }

    /** Runs a command of the application (e.g. rebuild-catalog) to its end; returns its output. */
    static CommandResult runCommand(Path dataDir, Map<String, String> settings, String command) {
        Process process = launch(dataDir, settings, freePort(), List.of(command));
        String output = awaitLine(process, dataDir, null);
        return new CommandResult(process.exitValue(), output);
    }

    record CommandResult(int exitCode, String output) {
    }

    /** Settings named as configuration properties ({@code archive.s3.bucket}) as environment variables. */
    static Map<String, String> environment(Map<String, String> properties) {
        return properties.entrySet().stream().collect(Collectors.toMap(
                setting -> setting.getKey().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'),
                Map.Entry::getValue));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left running as after a real crash. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: a clean shutdown, which also stops the embedded PostgreSQL. */
    void stop() {
        process.destroy();
        waitForExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops an embedded PostgreSQL that a killed server left running in {@code dataDir}, if there is one. */
    static void stopLeftoverDatabase(Path dataDir) {
        if (Files.exists(dataDir.resolve("pgsql/data/postmaster.pid"))) {
            EmbeddedPostgres.start(dataDir).close(); // takes the running server over, then stops it
        }
    }

    /** Removes a test's working directory (data, logs) once its archive and database are stopped. */
    static void deleteWorkDirectory(Path work) {
        try (var walk = Files.walk(work)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the archive did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process launch(Path dataDir, Map<String, String> settings, int port, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(args);
        // Started from a folder that holds nothing of the archive, as an installed one is: every path must be given.
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File(System.getProperty("java.io.tmpdir")))
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("ARCHIVE_"));
        env.put("ARCHIVE_DATA_DIR", dataDir.toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("ARCHIVE_ADMIN_USER", ADMIN);
        env.put("ARCHIVE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ARCHIVE_FIXITY_SCHEDULE", "off");
        env.putAll(settings);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + JAR + " (run the integration tests with mvn verify)", e);
        }
    }

    /**
     * Copies the child's output to {@code <dataDir>/../archive.log}; returns once a line contains {@code ready}, or
     * when the process ends if {@code ready} is null (then with all of its output).
     */
    private static String awaitLine(Process process, Path dataDir, String ready) {
        CompletableFuture<String> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
                 PrintWriter log = new PrintWriter(Files.newBufferedWriter(dataDir.resolveSibling("archive.log"),
                         StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.println(line);
                    output.append(line).append('\n');
                    if (ready != null && line.contains(ready)) {
                        seen.complete(output.toString());
                    }
                }
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
            seen.complete(output.toString());
        }, "archive-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String output = seen.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (ready != null && !output.contains(ready)) {
                throw new IllegalStateException("the archive exited before it was ready:\n" + tail(output));
            }
            if (ready == null) {
                process.waitFor();
            }
            return output;
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the archive was not ready within " + START_TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
