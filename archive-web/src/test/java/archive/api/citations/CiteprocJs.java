package archive.api.citations;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Runs src/test/node/render-csl.mjs, which renders CSL-JSON with citeproc-js, the reference CSL processor, using the
 * same style and locale files (copied out of the jars) that citeproc-java reads. Installs the npm package
 * (package-lock.json pins it) on first use.
 */
final class CiteprocJs {

    private static final Path NODE_PROJECT = Path.of("src/test/node").toAbsolutePath();
    private static final Path WORK = Path.of("target/citeproc-js").toAbsolutePath();
    private static final String LOCALE = "locales-en-US.xml";

    private CiteprocJs() {
    }

    /** One text entry per item of the CSL-JSON array, each rendered as a bibliography of its own. */
    static List<String> render(String styleId, String cslJsonItems) throws IOException, InterruptedException {
        installOnce();
        Files.createDirectories(WORK);
        Path items = Files.writeString(WORK.resolve("items.json"), cslJsonItems);
        String output = run(List.of("node", "render-csl.mjs", items.toString(), extract(styleId + ".csl").toString(),
                extract(LOCALE).toString()));
        return new ObjectMapper().readValue(output, new TypeReference<List<String>>() { });
    }

    private static synchronized void installOnce() throws IOException, InterruptedException {
        if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules/citeproc"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"));
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(NODE_PROJECT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + NODE_PROJECT + ": " + output);
        }
        return output;
    }

    /** A style or locale file, copied out of the jar citeproc-java reads it from. */
    private static Path extract(String resource) throws IOException {
        Path target = WORK.resolve(resource);
        try (InputStream in = CiteprocJs.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
