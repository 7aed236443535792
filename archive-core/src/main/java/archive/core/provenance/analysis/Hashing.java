package archive.core.provenance.analysis;

import archive.core.provenance.index.Fingerprints;


/**
 * Fixed-seed 64-bit hashing. Fingerprints are persisted, so these functions must never change output
 * between versions or JVMs (String.hashCode is 32-bit and too collision-prone for index keys).
 */
public final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hashing() {
    }

    public static long hash(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** Order-sensitive combination of two hashes. */
    public static long combine(long h, long value) {
        return mix(h * GOLDEN + value);
    }

    /** SplitMix64 finalizer: spreads every input bit over the whole output. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The n-th value of a fixed pseudo-random sequence, used to derive independent hash functions. */
    public static long seed(long salt, int n) {
        return mix(salt + (n + 1) * GOLDEN);
    }
}
