package org.opendatasaveslives.odsl.serve.feedback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The cross-site request forgery check. A browser sends {@code Origin} (or at least {@code Referer}) with a form
 * post; a form on another site would name that site. So a form post must name this server (the request's
 * {@code Host}) in one of them, and any request naming another origin is refused. Code that posts JSON sends neither
 * header and passes: a browser cannot post {@code application/json} cross-site without a CORS preflight.
 */
final class SameOrigin {
    private SameOrigin() {
    }

    /** Whether the request names no origin but this server's (for JSON) or names this server (for a form). */
    static boolean allows(HttpServletRequest request, boolean form) {
        String host = request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null")) {
            return sameHost(origin, host);
        }
        if (origin != null) {
            return false;
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return sameHost(referer, host);
        }
        return !form;
    }

    private static boolean sameHost(String url, String host) {
        if (host == null) {
            return false;
        }
        try {
            String authority = new URI(url).getRawAuthority();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
