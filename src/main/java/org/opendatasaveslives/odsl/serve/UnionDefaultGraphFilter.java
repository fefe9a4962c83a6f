package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.Quad;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Makes a Graph Store Protocol read of {@code ?default} return the same default graph a query sees: the union of the
 * named graphs. TDB2's union default graph setting only applies to queries; without this, {@code ?default} would return
 * the stored default graph, which holds no source data.
 */
final class UnionDefaultGraphFilter implements Filter {
    private static final String DEFAULT = "default";
    private static final String GRAPH = "graph";
    private static final String UNION_GRAPH = Quad.unionGraph.getURI();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && asksForDefaultGraph(http)) {
            chain.doFilter(new UnionGraphRequest(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    // Only reads: parameters are looked at for GET and HEAD alone so that a POST body is never consumed here.
    private static boolean asksForDefaultGraph(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getParameterValues(DEFAULT) != null
                && request.getParameterValues(GRAPH) == null;
    }

    private static final class UnionGraphRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;
        private final String queryString;

        UnionGraphRequest(HttpServletRequest request) {
            super(request);
            Map<String, String[]> rewritten = new LinkedHashMap<>(request.getParameterMap());
            String[] defaults = rewritten.remove(DEFAULT);
            // Several ?default stay several ?graph, so Fuseki still rejects the request as ambiguous.
            String[] graphs = new String[defaults.length];
            Arrays.fill(graphs, UNION_GRAPH);
            rewritten.put(GRAPH, graphs);
            this.parameters = Collections.unmodifiableMap(rewritten);
            this.queryString = rewritten.entrySet().stream()
                    .flatMap(e -> Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                    .collect(Collectors.joining("&"));
        }

        @Override
        public String getQueryString() {
            return queryString;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
