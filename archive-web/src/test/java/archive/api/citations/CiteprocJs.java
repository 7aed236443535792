package archive.api.citations;

import archive.api.support.NodeProject;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs src/test/node/render-csl.mjs, which renders CSL-JSON with citeproc-js, the reference CSL processor, using the
 * same style and locale files (copied out of the jars) that citeproc-java reads.
 */
final class CiteprocJs {

    private static final Path WORK = Path.of("target/citeproc-js").toAbsolutePath();
    private static final Path STYLES = WORK.resolve("styles");
    private static final Path LOCALES = WORK.resolve("locales");

    private CiteprocJs() {
    }

    /**
     * For each style id, one text entry per item of the CSL-JSON array, each rendered as a bibliography of its own
     * in the style's default locale (else en-US).
     */
    static Map<String, List<String>> render(List<String> styleIds, String cslJsonItems)
            throws IOException, InterruptedException {
        Files.createDirectories(STYLES);
        for (String styleId : styleIds) {
            extract(styleId + ".csl", STYLES);
        }
        extractLocales();
        Path items = Files.writeString(WORK.resolve("items.json"), cslJsonItems);
        List<String> arguments = new ArrayList<>(List.of(items.toString(), STYLES.toString(), LOCALES.toString()));
        arguments.addAll(styleIds);
        return new ObjectMapper().readValue(NodeProject.run("render-csl.mjs", arguments),
                new TypeReference<Map<String, List<String>>>() { });
    }

    /** A style or locale file, copied out of the jar citeproc-java reads it from. */
    private static void extract(String resource, Path folder) throws IOException {
        try (InputStream in = CiteprocJs.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + resource);
            }
            Files.copy(in, folder.resolve(resource), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every locale citeproc-java has, since a style's default-locale decides which one citeproc-js asks for. */
    private static void extractLocales() throws IOException {
        Files.createDirectories(LOCALES);
        for (String tag : CSL.getSupportedLocales()) {
            extract("locales-" + tag + ".xml", LOCALES);
        }
    }
}
