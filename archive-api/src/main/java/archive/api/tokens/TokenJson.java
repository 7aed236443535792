package archive.api.tokens;

import archive.core.account.ApiToken;
import archive.core.account.TokenStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token's facts; the secret appears only in the answer that creates it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenJson(long id, String name, String account, Instant createdAt, String createdBy, Instant expiresAt,
        Instant revokedAt, String revokedBy, TokenStatus status,
        @Schema(description = "The secret (archive_…); only in the answer that creates the token.") String token) {

    static TokenJson of(ApiToken token, Instant now) {
        return of(token, now, null);
    }

    static TokenJson of(ApiToken token, Instant now, String secret) {
        return new TokenJson(token.id, token.name, token.accountName, token.createdAt, token.createdBy,
                token.expiresAt, token.revokedAt, token.revokedBy, token.status(now), secret);
    }
}
