package archive.core.provenance;

import archive.core.provenance.analysis.Hashing;
import java.util.Arrays;

/**
 * Open-addressing map from a 64-bit key to the ordinals of the documents holding it. A key whose
 * posting list would exceed {@code maxDocumentsPerKey} becomes a stop key: its list is dropped for good,
 * because a key found in that many documents is boilerplate and reading it would make look-ups slower as
 * the archive grows.
 */
public final class PostingTable {

    private static final int[] STOPPED = new int[0];

    private final int maxDocumentsPerKey;
    private long[] keys = new long[1 << 12];
    private int[][] postings = new int[1 << 12][];
    private int size;
    private long rows;

    public PostingTable(int maxDocumentsPerKey) {
        this.maxDocumentsPerKey = maxDocumentsPerKey;
    }

    public void add(long key, int document) {
        if (size * 10 >= keys.length * 6) {
            grow();
        }
        int slot = slotOf(key, keys, postings);
        int[] list = postings[slot];
        if (list == null) {
            keys[slot] = key;
            postings[slot] = new int[] {1, document, 0};
            size++;
            rows++;
            return;
        }
        if (list == STOPPED) {
            return;
        }
        int count = list[0];
        if (count >= maxDocumentsPerKey) {
            postings[slot] = STOPPED;
            rows -= count;
            return;
        }
        if (count + 1 >= list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            postings[slot] = list;
        }
        list[++count] = document;
        list[0] = count;
        rows++;
    }

    /** Stored (key, document) rows; rows of stop keys are gone. */
    public long rows() {
        return rows;
    }

    /** Visits the documents of a key unless it is absent or a stop key. */
    public void forEach(long key, DocumentVisitor visitor) {
        int[] list = postings[slotOf(key, keys, postings)];
        if (list == null || list == STOPPED) {
            return;
        }
        for (int i = 1; i <= list[0]; i++) {
            visitor.visit(list[i]);
        }
    }

    public interface DocumentVisitor {
        void visit(int document);
    }

    private static int slotOf(long key, long[] keys, int[][] postings) {
        int mask = keys.length - 1;
        int slot = (int) Hashing.mix(key) & mask;
        while (postings[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldPostings = postings;
        keys = new long[oldKeys.length * 2];
        postings = new int[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldPostings[i] != null) {
                int slot = slotOf(oldKeys[i], keys, postings);
                keys[slot] = oldKeys[i];
                postings[slot] = oldPostings[i];
            }
        }
    }
}
