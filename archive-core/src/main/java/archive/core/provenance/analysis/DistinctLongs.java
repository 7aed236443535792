package archive.core.provenance.analysis;

import java.util.Arrays;

/**
 * Distinct long values (hashes, keys) in the order they first came, without boxing each into a set: an
 * open-addressing hash table beside the values. What a {@code LinkedHashSet<Long>} would give, at a fraction of
 * the memory a derivation allocates for it.
 */
public final class DistinctLongs {

    private long[] values;
    private int size;
    private long[] slots;
    private boolean[] taken;

    /** Room for {@code expected} values before anything grows. */
    public DistinctLongs(int expected) {
        values = new long[Math.max(expected, 8)];
        int capacity = Integer.highestOneBit(Math.max(values.length, 8) * 2 - 1) * 2;
        slots = new long[capacity];
        taken = new boolean[capacity];
    }

    /** Adds the value unless it is there already; returns whether it was new. */
    public boolean add(long value) {
        int mask = slots.length - 1;
        int slot = (int) Hashing.mix(value) & mask;
        while (taken[slot]) {
            if (slots[slot] == value) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        taken[slot] = true;
        slots[slot] = value;
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        if (size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    private void rehash() {
        slots = new long[slots.length * 2];
        taken = new boolean[slots.length];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = (int) Hashing.mix(values[i]) & mask;
            while (taken[slot]) {
                slot = (slot + 1) & mask;
            }
            taken[slot] = true;
            slots[slot] = values[i];
        }
    }
}
