package archive.core.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five seed documents, read from the repository's seeds/ folder (they exist there only, byte for byte). */
final class Seeds {

    static final String DEFENSE_STORY_JULY = "000_095111aef963144d.txt";
    static final String UNTITLED_REWRITE = "001_14e58095c9a75005.txt";
    static final String DEFENSE_STORY_SEPTEMBER = "002_58eaaafefa4de3bf.txt";
    static final String THX_REWRITE = "003_1aacb8dbb6810538.txt";
    static final String MISDATED_WEB_PAGE = "004_ae93cf49b4b6e044.txt";

    /** Tests run in the module folder; the seeds sit beside it. */
    private static final Path FOLDER = Path.of("../seeds");

    private Seeds() {
    }

    static String read(String fileName) {
        try {
            return new String(Files.readAllBytes(FOLDER.resolve(fileName)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing seed " + fileName, e);
        }
    }
}
