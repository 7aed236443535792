package archive.core.storage;

import io.ocfl.api.model.VersionNum;

/** What the store reports about a version it has made durable. */
public record StoredVersion(VersionNum ocflVersion, String sha512) {
}
