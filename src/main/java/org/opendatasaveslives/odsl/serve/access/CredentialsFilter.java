package org.opendatasaveslives.odsl.serve.access;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose credentials do not authenticate, with 401 and a challenge, instead of serving it as
 * anonymous: a partner who mistypes a password should be told, not shown the open data as if that were all there is.
 */
public final class CredentialsFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse
                && http.getHeader("Authorization") != null && http.getRemoteUser() == null) {
            httpResponse.setHeader("WWW-Authenticate", "Basic realm=\"" + HashedLoginService.REALM + "\", charset=\"UTF-8\"");
            httpResponse.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown user or wrong password");
            return;
        }
        chain.doFilter(request, response);
    }
}
