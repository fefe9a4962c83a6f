package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.BadMessageException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 400 (or Jetty's own 4xx, e.g. 413 for a form too large) to a request whose parameters cannot be read: a
 * bad percent-escape such as {@code ?query=%zz}, or bytes that are not UTF-8. Jetty reports these when the parameters
 * are first read; Fuseki reads them inside a catch-all that turns Jetty's 4xx into a 500, so they are read here
 * first. Form bodies are parsed into parameters exactly as Fuseki would parse them; other bodies are not touched.
 */
final class MalformedParametersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (BadMessageException e) {
            HttpServletResponse http = (HttpServletResponse) response;
            int status = e.getCode() >= 400 && e.getCode() < 500 ? e.getCode() : HttpServletResponse.SC_BAD_REQUEST;
            String hint = status == HttpServletResponse.SC_BAD_REQUEST
                ? " (every % must be followed by two hex digits, and the text must be UTF-8)" : "";
            http.setStatus(status);
            http.setContentType("text/plain;charset=utf-8");
            http.getOutputStream().write(("Cannot read the request's parameters: " + e.getReason() + hint + "\n")
                .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
