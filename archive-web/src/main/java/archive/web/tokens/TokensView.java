package archive.web.tokens;

import java.util.List;

/**
 * The personal tokens page: the tokens, what was just done or refused, the creation form's values, and — only in
 * the answer to creating one — the new token's secret.
 */
public record TokensView(List<TokenRow> tokens, String confirmation, String problem, String name, String expires,
        IssuedSecret issued) {

    /** A token just created and its secret, shown this once. */
    public record IssuedSecret(String name, String secret) {
    }

    static TokensView of(List<TokenRow> tokens, String confirmation) {
        return new TokensView(tokens, confirmation, null, "", "", null);
    }
}
