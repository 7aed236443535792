package archive.api.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Test documents whose bytes no other test uploads, so each test sees its own outcome. */
public final class Texts {

    private Texts() {
    }

    public static String unique(String subject) {
        return subject + " — archived by a test, " + UUID.randomUUID() + ".\nSecond line “quoted”.\n";
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
