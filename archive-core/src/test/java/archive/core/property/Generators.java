package archive.core.property;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Inputs that look like what strangers send: mostly text, with the odd byte or character that breaks things. */
public final class Generators {

    private static final List<byte[]> BROKEN_UTF8 = List.of(bytes(0x80), bytes(0xbf), bytes(0xc0, 0xaf),
            bytes(0xc0, 0x80), bytes(0xc1, 0xbf), bytes(0xe0, 0x80, 0xaf), bytes(0xed, 0xa0, 0x80),
            bytes(0xed, 0xbf, 0xbf), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xf5), bytes(0xff), bytes(0xfe),
            bytes(0xe2, 0x82), bytes(0xf0, 0x9f, 0x92), bytes(0xc3));
    private static final String SPECIAL = "/\\..\u0000\u0001\u001b\u007f\u0085\u00a0\u200b\u200e\u202e\ufeff"
            + "\u2028\t\n\r:*?\"<>|%~ ";
    private static final int[] CODE_POINT_RANGES = {0x20, 0x7e, 0xa0, 0x24f, 0x300, 0x36f, 0x400, 0x4ff,
        0x4e00, 0x9fff, 0x1f300, 0x1f64f};

    private Generators() {
    }

    /** Bytes built from pieces: valid UTF-8 text, line breaks, control bytes and broken UTF-8 sequences. */
    public static byte[] textish(Random random, int maxPieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                out.writeBytes(BROKEN_UTF8.get(random.nextInt(BROKEN_UTF8.size())));
            } else if (kind == 1) {
                out.write(random.nextInt(0x20));
            } else if (kind == 2) {
                out.write(random.nextBoolean() ? 0x7f : random.nextInt(256));
            } else if (kind < 6) {
                out.writeBytes("\t\n\r\u000b\f".substring(random.nextInt(5)).substring(0, 1).getBytes(
                        StandardCharsets.US_ASCII));
            } else {
                out.writeBytes(text(random, 1 + random.nextInt(12)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** A would-be file name: path parts, dots, controls, invisible and right-to-left marks, emoji, accents. */
    public static String fileName(Random random) {
        StringBuilder name = new StringBuilder();
        int pieces = random.nextInt(random.nextInt(10) == 0 ? 120 : 12);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(6)) {
                case 0 -> name.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 1 -> name.append(random.nextBoolean() ? "../" : "..\\");
                case 2 -> name.append((char) (0xd800 + random.nextInt(0x800))); // a lone surrogate
                case 3 -> name.append("e\u0301"); // decomposed é, which NFC composes
                default -> name.append(text(random, 1 + random.nextInt(8)));
            }
        }
        return name.toString();
    }

    /** Valid text: letters from several scripts, accents, CJK and emoji. */
    public static String text(Random random, int codePoints) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            int range = random.nextInt(CODE_POINT_RANGES.length / 2) * 2;
            int from = CODE_POINT_RANGES[range];
            text.appendCodePoint(from + random.nextInt(CODE_POINT_RANGES[range + 1] - from + 1));
        }
        return text.toString();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
