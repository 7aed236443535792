package archive.core.storage;

import java.util.List;

/**
 * A version the store has written but not yet made durable: not to be acknowledged before {@link ObjectStore#flush}.
 * {@code files} (relative to the OCFL storage root) are what a flush of this version alone puts on stable storage.
 */
public record UnflushedVersion(StoredVersion stored, List<String> files) {
}
