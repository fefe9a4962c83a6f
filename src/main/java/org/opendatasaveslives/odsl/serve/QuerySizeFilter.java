package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps the size of a request body sent to the SPARQL endpoints: parsing grows faster than a query's size (a 3 MB
 * comment took 25 s of a core), so one large POST could occupy the server. A body over {@value #MAX_BYTES} bytes gets
 * 413 before it is read; a body of unstated length gets 411, since it could not be capped without reading it.
 * Queries in the URL are capped by Jetty's header limit (414).
 */
final class QuerySizeFilter implements Filter {
    static final long MAX_BYTES = 100_000;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (hasBody(http)) {
            long length = http.getContentLengthLong();
            if (length < 0) {
                refuse((HttpServletResponse) response, HttpServletResponse.SC_LENGTH_REQUIRED,
                    "A query sent in a request body needs a Content-Length header.");
                return;
            }
            if (length > MAX_BYTES) {
                refuse((HttpServletResponse) response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body has " + length + " bytes; queries are limited to " + MAX_BYTES + " bytes.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() != 0
            && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close"); // the unread body must not be taken for the next request
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
