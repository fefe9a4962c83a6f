package org.opendatasaveslives.odsl.serve.linkeddata;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /graph/{release}} is the name of a release's named graph: answer 303 See Other to the document about it
 * ({@code /doc?uri=...}), which shows the release that loaded it and its provenance; its triples are at the Graph
 * Store ({@code /odsl/data?graph=...}). Whether the reader may see the graph is decided there, not here.
 */
final class GraphRedirectServlet extends HttpServlet {
    static final String PATH_SPEC = "/graph/*";
    private final UriSpace uris;

    GraphRedirectServlet(UriSpace uris) {
        this.uris = uris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = DocumentServlet.rawPath(request);
        if (path.length() <= "/graph/".length() || path.endsWith("/")) {
            NotFound.send(response, DocumentServlet.wantsHtml(request), null, uris);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/doc?uri=" + URLEncoder.encode(uris.base() + path, StandardCharsets.UTF_8));
        response.setContentLength(0);
    }
}
