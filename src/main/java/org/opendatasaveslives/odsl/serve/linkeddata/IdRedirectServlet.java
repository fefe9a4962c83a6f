package org.opendatasaveslives.odsl.serve.linkeddata;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /id/{type}/{key}} names a thing, not a document: answer 303 See Other to the document about it,
 * {@code /doc/{type}/{key}}, as the UK government URI patterns (and httpRange-14) say.
 */
final class IdRedirectServlet extends HttpServlet {
    static final String PATH_SPEC = "/id/*";
    private final UriSpace uris;

    IdRedirectServlet(UriSpace uris) {
        this.uris = uris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = DocumentServlet.rawPath(request);
        String rest = path.length() > "/id/".length() ? path.substring("/id/".length()) : "";
        if (!rest.contains("/") || rest.endsWith("/")) {
            NotFound.send(response, DocumentServlet.wantsHtml(request), null, uris);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/doc/" + rest);
        response.setContentLength(0);
    }
}
