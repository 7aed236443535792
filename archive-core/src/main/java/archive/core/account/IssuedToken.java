package archive.core.account;

/** A token just created, with the secret that is never shown again. */
public record IssuedToken(ApiToken token, String secret) {
}
