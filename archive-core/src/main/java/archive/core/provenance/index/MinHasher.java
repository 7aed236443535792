package archive.core.provenance.index;

import archive.core.provenance.analysis.Hashing;
import java.util.Arrays;

/** MinHash signatures and their LSH band keys, with fixed seeds so keys are stable across runs. */
public final class MinHasher {

    private final long[] seeds;

    MinHasher(int hashCount, long salt) {
        seeds = new long[hashCount];
        for (int i = 0; i < hashCount; i++) {
            seeds[i] = Hashing.seed(salt, i);
        }
    }

    long[] signature(long[] elements) {
        long[] signature = new long[seeds.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long element : elements) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(element ^ seeds[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** One key per band of {@code rows} consecutive minima; two sets collide in a band with probability J^rows. */
    static long[] bandKeys(long[] signature, int bands, int rows, long salt) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = Hashing.combine(salt, b);
            for (int r = 0; r < rows; r++) {
                h = Hashing.combine(h, signature[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }
}
