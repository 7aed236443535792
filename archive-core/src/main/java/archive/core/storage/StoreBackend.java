package archive.core.storage;

import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.storage.common.Storage;
import java.util.Collection;

/**
 * Where the OCFL repository's files live: a directory or an S3 bucket. ocfl-java reads and writes them through
 * {@link #storage()}, as do the store's own reads and the repair of interrupted writes; a backend adds only what
 * differs between the two — how written files become durable, how one file replaces another in a single step, what
 * a writer that died leaves held, and how the store's state is reported.
 */
public interface StoreBackend extends AutoCloseable {

    StorageKind kind();

    /** ocfl-java's view of the files; paths are relative to the OCFL storage root. */
    Storage storage();

    /** Adds to the repository what this backend needs beyond its storage. */
    void configure(OcflRepositoryBuilder repository);

    /** Puts these files of this many just written versions on stable storage; returns once they are there. */
    void makeDurable(int versions, Collection<String> files);

    /** Replaces {@code target} with a copy of {@code source} so that a reader sees the old file or the new one. */
    void replace(String source, String target);

    /**
     * After a crash: lets go of what the dead writer still held for this object. The caller holds the document's
     * lock across nodes, so no live writer holds anything of it.
     */
    void releaseAbandoned(String objectId);

    /** Whether the store can be read and written now. */
    boolean usable();

    /** Where the store is, for operators: a directory, or s3://bucket/prefix. */
    String location();

    @Override
    void close();
}
