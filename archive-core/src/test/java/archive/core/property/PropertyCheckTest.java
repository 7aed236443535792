package archive.core.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The harness itself: it finds a planted bug, shrinks the input to its essence, and reports how to replay it. */
class PropertyCheckTest {

    @Test
    void shrinksAFailingByteArrayToTheByteThatMatters() {
        AssertionError failure = assertThrows(AssertionError.class, () -> PropertyCheck.bytes("no 0x42", 7, 500,
                random -> randomBytes(random)).check(bytes -> {
                    for (byte b : bytes) {
                        assertTrue(b != 0x42, "found 0x42");
                    }
                }));
        assertTrue(failure.getMessage().contains("for 1 bytes [42]"), failure.getMessage());
        assertTrue(failure.getMessage().contains("seed 7"), failure.getMessage());
    }

    @Test
    void shrinksAFailingStringToTheCharacterThatMatters() {
        AssertionError failure = assertThrows(AssertionError.class, () -> PropertyCheck.strings("no snowman", 11, 500,
                random -> Generators.text(random, 30) + (random.nextInt(50) == 0 ? "☃" : "")).check(text ->
                        assertTrue(!text.contains("☃"), "found a snowman")));
        assertTrue(failure.getMessage().contains("for \"\\u{2603}\""), failure.getMessage());
    }

    @Test
    void countsTheTriesOfAPropertyThatHolds() {
        assertEquals(123, PropertyCheck.bytes("anything goes", 3, 123, PropertyCheckTest::randomBytes)
                .check(bytes -> { }));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }
}
