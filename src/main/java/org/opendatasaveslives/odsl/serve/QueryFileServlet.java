package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves each example query's source text at {@code /queries/NAME.rq}; restricted ones only to users who may run them. */
final class QueryFileServlet extends HttpServlet {
    static final String PATH_SPEC = "/queries/*";
    private static final String PREFIX = "/queries/";
    private static final String MEDIA_TYPE = "application/sparql-query; charset=utf-8";

    private final ExampleQueryAudience audience;
    private final Map<String, ExampleQuery> byFileName;

    QueryFileServlet(ExampleQueryAudience audience) {
        this.audience = audience;
        this.byFileName = audience.all().stream().collect(Collectors.toMap(q -> q.name() + ".rq", Function.identity()));
    }

    /** The URL path of a query's file, percent-encoded. */
    static String path(ExampleQuery query) {
        String encoded = URLEncoder.encode(query.name() + ".rq", StandardCharsets.UTF_8).replace("+", "%20");
        return PREFIX + encoded;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fileName = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        ExampleQuery query = byFileName.get(fileName);
        if (query == null || (query.restricted() && !audience.seesAll(request))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No example query " + fileName + ": see /queries.json for the list");
            return;
        }
        byte[] text = query.text().getBytes(StandardCharsets.UTF_8);
        // Browsers offer to download application/sparql-query; text/plain shows the query, which is what a link reader wants.
        String accept = request.getHeader("Accept");
        boolean wantsSparql = accept != null && accept.contains("application/sparql-query");
        response.setContentType(wantsSparql ? MEDIA_TYPE : "text/plain; charset=utf-8");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
