package archive.core.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A version the store has written but not yet made durable: not to be acknowledged before {@link ObjectStore#flush}.
 * Its files are already being flushed in the background ({@code filesFlushed}).
 */
public record UnflushedVersion(StoredVersion stored, List<Path> files, CompletableFuture<Void> filesFlushed) {
}
