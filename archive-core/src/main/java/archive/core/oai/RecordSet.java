package archive.core.oai;

import java.util.Set;

/** Which records a harvest takes: all, one of the kinds, those with a publisher, or those of some publishers. */
public sealed interface RecordSet {

    /** The sets defined by what every record says of itself. */
    enum Kind implements RecordSet {
        ALL,
        /** Publishers' originals: metadata says original, and no archived document is their accepted source. */
        ORIGINALS,
        /** Rewritten copies: metadata says rewrite, or an archived document is their accepted source. */
        REWRITES,
        /** Records whose metadata names a publisher. */
        WITH_PUBLISHER
    }

    /** The records whose publisher is one of these names (as the catalog has them, trimmed). */
    record Publishers(Set<String> names) implements RecordSet {

        public Publishers {
            names = Set.copyOf(names);
        }
    }
}
