package archive.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * src/test/node: the independent implementations the tests check the archive against (citeproc-js, ocfl-js), run
 * as node scripts. package-lock.json pins them; they are installed with {@code npm ci} when a pinned package is
 * missing or at another version.
 */
public final class NodeProject {

    private static final Path FOLDER = Path.of("src/test/node").toAbsolutePath();

    private NodeProject() {
    }

    /** Runs {@code node <script> <arguments…>} in src/test/node and returns what it printed. */
    public static String run(String script, List<String> arguments) throws IOException, InterruptedException {
        installOnce();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(arguments);
        return exec(command);
    }

    private static synchronized void installOnce() throws IOException, InterruptedException {
        if (!installed()) {
            exec(List.of("npm", "ci", "--no-audit", "--no-fund"));
        }
    }

    private static boolean installed() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Iterator<Map.Entry<String, JsonNode>> pinned = json.readTree(FOLDER.resolve("package.json").toFile())
                .path("dependencies").fields();
        while (pinned.hasNext()) {
            Map.Entry<String, JsonNode> dependency = pinned.next();
            Path manifest = FOLDER.resolve("node_modules").resolve(dependency.getKey()).resolve("package.json");
            if (!Files.isRegularFile(manifest)
                    || !json.readTree(manifest.toFile()).path("version").asText().equals(dependency.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(FOLDER.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + FOLDER + ": " + output);
        }
        return output;
    }
}
