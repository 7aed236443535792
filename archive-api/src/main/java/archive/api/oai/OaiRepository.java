package archive.api.oai;

import archive.core.catalog.DocumentId;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The repository as one request reaches it: its base URL ({@code <base>oai}) and the identifiers of its records,
 * {@code oai:<host>:<document id>} (the oai-identifier scheme, with the host the archive is reached at, like its
 * permalinks).
 */
record OaiRepository(URI base) {

    /** A repositoryIdentifier of the oai-identifier scheme: a domain name (guidelines-oai-identifier). */
    private static final Pattern DOMAIN_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+");

    String baseUrl() {
        return base.resolve("oai").toString();
    }

    String host() {
        return base.getHost().toLowerCase(Locale.ROOT);
    }

    /** The administrator's address when none is configured: the mailbox every mail domain has (RFC 5321 §4.5.1). */
    String postmaster() {
        return "postmaster@" + host();
    }

    String identifier(String documentId) {
        return "oai:" + host() + ":" + documentId;
    }

    /** The document an identifier of this repository names; empty for any other identifier. */
    Optional<DocumentId> document(String identifier) {
        String prefix = "oai:" + host() + ":";
        if (!identifier.startsWith(prefix) || !DocumentId.isValid(identifier.substring(prefix.length()))) {
            return Optional.empty();
        }
        return Optional.of(new DocumentId(identifier.substring(prefix.length())));
    }

    /** Whether the host can be the repositoryIdentifier of an oai-identifier description (localhost cannot). */
    boolean hostIsDomainName() {
        return DOMAIN_NAME.matcher(host()).matches();
    }
}
