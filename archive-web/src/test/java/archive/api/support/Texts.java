package archive.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;

/** Test documents whose bytes no other test uploads, so each test sees its own outcome. */
public final class Texts {

    private Texts() {
    }

    public static String unique(String subject) {
        return subject + " — archived by a test, " + UUID.randomUUID() + ".\nSecond line “quoted”.\n";
    }

    /**
     * A defense.gov story of its own, naming the headline and the site it was found on, so no other test's documents
     * or provenance links change because of it.
     */
    public static String defenseStory(String headline) {
        return "https://media.defense.gov/2024/Jul/22/2003508043/825/780/0/photo.JPG\n\n"
                + "Harbor engineers finished their work at the naval station on Monday (" + UUID.randomUUID() + ").\n\n"
                + "This Defense news article \"" + headline + "\" was originally found on "
                + "https://www.defense.gov/News/News-Stories/\n";
    }

    /** A seed document's text, read from the repository's seeds folder. */
    public static String seed(String fileName) {
        try {
            return Files.readString(Path.of("../seeds", fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word no other document contains (letters only, so the English stemmer leaves it whole). */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        Random random = new Random();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
