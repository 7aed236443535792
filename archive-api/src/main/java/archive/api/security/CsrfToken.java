package archive.api.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The CSRF token of the current browser, for HTML forms: {@code <input type="hidden" name="{inject:csrf.parameterName}"
 * value="{inject:csrf.token}">} in a Qute template (the same names quarkus-rest-csrf uses), or the
 * {@value #HEADER} header for scripts. The token lives in an HttpOnly, SameSite=Strict cookie and is issued the first
 * time a page asks for it; {@link CsrfProtection} compares the two on every unsafe request of a signed-in browser.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private String token;

    public CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    public String token() {
        if (token == null) {
            Cookie presented = routing.request().getCookie(COOKIE);
            token = presented != null && isWellFormed(presented.getValue()) ? presented.getValue() : issue();
        }
        return token;
    }

    public String parameterName() {
        return FIELD;
    }

    public String headerName() {
        return HEADER;
    }

    static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    private String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing.response().addCookie(Cookie.cookie(COOKIE, issued)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL()));
        return issued;
    }
}
