package archive.api.oai;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Texts that share no word with any other, so provenance detection links them to nothing and a test's records
 * change only when the test changes them.
 */
final class UnrelatedTexts {

    private static final int WORDS = 80;

    private UnrelatedTexts() {
    }

    static String text(String subject) {
        StringBuilder text = new StringBuilder(subject).append('\n');
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < WORDS; i++) {
            for (int letter = random.nextInt(5, 11); letter > 0; letter--) {
                text.append((char) random.nextInt('a', 'z' + 1));
            }
            text.append(i % 12 == 11 ? ".\n" : " ");
        }
        return text.append('\n').toString();
    }
}
