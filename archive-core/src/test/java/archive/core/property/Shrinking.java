package archive.core.property;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Smaller candidates of a failing input: large chunks removed first, then single elements. */
final class Shrinking {

    private Shrinking() {
    }

    static Stream<byte[]> bytes(byte[] input) {
        return chunkSizes(input.length).flatMap(size -> IntStream.iterate(0, start -> start < input.length,
                start -> start + size).mapToObj(start -> without(input, start, Math.min(input.length, start + size))));
    }

    static Stream<String> string(String input) {
        int[] codePoints = input.codePoints().toArray();
        return chunkSizes(codePoints.length).flatMap(size -> IntStream.iterate(0, start -> start < codePoints.length,
                start -> start + size).mapToObj(start -> {
                    int[] kept = without(codePoints, start, Math.min(codePoints.length, start + size));
                    return new String(kept, 0, kept.length);
                }));
    }

    static String describe(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length + " bytes [");
        for (int i = 0; i < Math.min(bytes.length, 64); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return hex.append(bytes.length > 64 ? " …]" : "]").toString();
    }

    static String describe(String text) {
        StringBuilder escaped = new StringBuilder("\"");
        text.codePoints().limit(200).forEach(cp -> escaped.append(cp >= 0x20 && cp < 0x7f ? Character.toString(cp)
                : String.format("\\u{%x}", cp)));
        return escaped.append(text.length() > 200 ? "…\"" : "\"").toString();
    }

    /** Halves, quarters, … down to single elements. */
    private static Stream<Integer> chunkSizes(int length) {
        return Stream.iterate(Math.max(1, length / 2), size -> size >= 1, size -> size == 1 ? 0 : size / 2)
                .filter(size -> size >= 1 && length > 0);
    }

    private static byte[] without(byte[] input, int from, int to) {
        byte[] result = Arrays.copyOf(input, input.length - (to - from));
        System.arraycopy(input, to, result, from, input.length - to);
        return result;
    }

    private static int[] without(int[] input, int from, int to) {
        int[] result = Arrays.copyOf(input, input.length - (to - from));
        System.arraycopy(input, to, result, from, input.length - to);
        return result;
    }
}
