package archive.web.tokens;

import archive.core.account.ApiToken;
import archive.core.account.TokenStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One API token as the token tables show it: never its secret, which the archive does not keep. */
public record TokenRow(long id, String name, Instant createdAt, String createdBy, Instant expiresAt,
        Instant revokedAt, String revokedBy, TokenStatus status) {

    public static TokenRow of(ApiToken token, Instant now) {
        return new TokenRow(token.id, token.name, token.createdAt, token.createdBy, token.expiresAt, token.revokedAt,
                token.revokedBy, token.status(now));
    }

    public static List<TokenRow> of(List<ApiToken> tokens, Instant now) {
        return tokens.stream().map(token -> of(token, now)).toList();
    }

    /** What a page says after revoking the token with this id (POST-redirect-GET: the id comes back in the query). */
    public static Optional<String> revokedNotice(List<TokenRow> rows, Long revokedId) {
        return rows.stream().filter(row -> revokedId != null && row.id == revokedId && row.revokedAt != null)
                .findFirst()
                .map(row -> "Token \u201c" + row.name + "\u201d is revoked: requests that present it are refused.");
    }

    public boolean active() {
        return status == TokenStatus.ACTIVE;
    }
}
