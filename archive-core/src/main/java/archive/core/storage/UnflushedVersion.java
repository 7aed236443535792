package archive.core.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * A version the store has written but not yet made durable: not to be acknowledged before {@link ObjectStore#flush}.
 * {@code files} are what a flush of this version alone puts on stable storage, with the directories naming them.
 */
public record UnflushedVersion(StoredVersion stored, List<Path> files) {
}
