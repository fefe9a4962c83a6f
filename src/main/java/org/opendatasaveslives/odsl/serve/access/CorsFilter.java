package org.opendatasaveslives.odsl.serve.access;

import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

/**
 * Fuseki's CORS filter set to a fixed list of origins (never {@code *}): an allowed origin is echoed with
 * {@code Access-Control-Allow-Credentials: true}, any other gets no CORS headers, so browsers keep its pages out.
 */
public final class CorsFilter extends CrossOriginFilter {
    private final Map<String, String> parameters;

    public CorsFilter(List<String> origins) {
        origins.forEach(CorsFilter::checkOrigin);
        this.parameters = Map.of(
                ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Authorization",
                ALLOW_CREDENTIALS_PARAM, "true",
                EXPOSED_HEADERS_PARAM, ControlledQueryService.ROW_LIMIT_HEADER,
                CHAIN_PREFLIGHT_PARAM, "false");
    }

    /**
     * @throws IllegalArgumentException unless the origin is {@code scheme://host[:port]} (no wildcard, no path)
     */
    public static void checkOrigin(String origin) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CORS origin '" + origin + "' is not a URL such as https://example.org");
        }
        boolean valid = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && !origin.contains("*");
        if (!valid) {
            throw new IllegalArgumentException("CORS origin '" + origin + "' must be scheme://host[:port] such as"
                    + " https://example.org, with no path and no wildcard");
        }
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return parameters.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }
        });
    }
}
