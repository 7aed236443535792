package archive.web.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short-lived helper commands (id, chown, sync...); postgres' own tools go through {@link PostgresTools}. */
final class Commands {

    private static final long TIMEOUT_SECONDS = 60;

    private Commands() {
    }

    /** Runs the command and returns its trimmed output, or throws with that output if it fails. */
    static String output(String... command) {
        try {
            Result result = exec(List.of(command));
            if (result.exitCode != 0) {
                throw new EmbeddedPostgresException("'" + String.join(" ", command) + "' failed with exit code "
                        + result.exitCode + ": " + result.output);
            }
            return result.output;
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot run " + command[0] + ": " + e.getMessage(), e);
        }
    }

    static boolean succeeds(List<String> command) {
        try {
            return exec(command).exitCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result exec(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        // Reading to EOF before waiting is fine for these commands: none leaves a child holding the pipe.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out after " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        return new Result(process.exitValue(), output);
    }
}
