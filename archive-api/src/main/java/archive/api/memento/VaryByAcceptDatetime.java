package archive.api.memento;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A TimeGate's answer depends on Accept-Datetime whatever it is (RFC 7089 §4.1.1): the redirect, and equally the
 * 404 of a moment before the first memento and the 400 of a malformed header, which a cache must not serve to a
 * request with another Accept-Datetime. A filter, so that the responses the problem mapper makes get it too.
 */
@Provider
@TimeGate
public class VaryByAcceptDatetime implements ContainerResponseFilter {

    private static final String ACCEPT_DATETIME = "accept-datetime";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, ACCEPT_DATETIME);
    }
}
