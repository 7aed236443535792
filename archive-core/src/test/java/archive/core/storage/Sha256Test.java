package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** SHA-256 of the empty input, in hex and in the base64 of RFC 9530 digest fields. */
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void takesSixtyFourLowercaseHexCharactersAndGivesTheDigestFieldForm() {
        Sha256 empty = new Sha256(EMPTY);

        assertEquals(EMPTY, empty.hex());
        assertEquals(EMPTY, ContentDigest.sha256Hex("".getBytes(StandardCharsets.UTF_8)));
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", empty.base64());
    }

    @Test
    void refusesAnythingElseSayingWhatADigestIs() {
        for (String candidate : List.of("", EMPTY.toUpperCase(), EMPTY.substring(1), EMPTY + "0",
                "z" + EMPTY.substring(1), "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:")) {
            InvalidSha256Exception refused = assertThrows(InvalidSha256Exception.class, () -> new Sha256(candidate));
            assertEquals(ProblemType.INVALID_SHA256, refused.type(), candidate);
            assertEquals(404, refused.type().status());
            assertTrue(refused.getMessage().contains("is not a SHA-256: that is 64 hex characters"),
                    refused.getMessage());
        }
        assertThrows(InvalidSha256Exception.class, () -> new Sha256(null));
    }
}
