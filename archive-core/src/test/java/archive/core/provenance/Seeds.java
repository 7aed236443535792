package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five seed articles from the repository's seeds/ folder, keyed by their number ("000".."004"). */
final class Seeds {

    static final List<String> FILES = List.of(
            "000_095111aef963144d.txt", "001_14e58095c9a75005.txt", "002_58eaaafefa4de3bf.txt",
            "003_1aacb8dbb6810538.txt", "004_ae93cf49b4b6e044.txt");

    private Seeds() {
    }

    static Map<String, Document> load() {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (String file : FILES) {
            String id = file.substring(0, 3);
            documents.put(id, Document.of(id, read(file)));
        }
        return documents;
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of("../seeds", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
