package archive.core.storage;

/** What the store reports about a version it has made durable. */
public record StoredVersion(String ocflVersion, String sha512) {
}
