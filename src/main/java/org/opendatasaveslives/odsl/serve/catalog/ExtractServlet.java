package org.opendatasaveslives.odsl.serve.catalog;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.riot.system.StreamRDF;
import org.opendatasaveslives.odsl.serve.ReadableDataset;
import org.opendatasaveslives.odsl.store.AreaExtract;
import org.opendatasaveslives.odsl.store.ExtractFormat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /extract/area/{GSS}} (#GiveTheDataBack): everything about an area and the places within it, from what the
 * request may read, as a download: Turtle ({@code .ttl} suffix, or by default) or N-Quads with each statement in its
 * release's graph ({@code .nq} suffix, or {@code Accept: application/n-quads}). An area the request cannot see
 * answers 404.
 */
final class ExtractServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ReadableDataset readable;

    ExtractServlet(ReadableDataset readable) {
        this.readable = readable;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        ExtractFormat suffixed = ExtractFormat.ofFileName(name);
        String code = suffixed == null ? name : name.substring(0, name.length() - suffixed.suffix().length());
        ExtractFormat format = suffixed != null ? suffixed : negotiated(request);
        if (suffixed == null) {
            response.setHeader("Vary", "Accept");
        }
        if (!AreaExtract.isGssCode(code)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "'" + code + "' is not a GSS code: expected a letter"
                + " and eight digits, as in /extract/area/E08000035 (add .ttl or .nq to choose the format)");
            return;
        }
        AreaExtract extract = new AreaExtract(readable.forRequest(request));
        if (!extract.knows(code)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No data about area " + code + " here.");
            return;
        }
        response.setContentType(format.mediaType() + (format == ExtractFormat.TURTLE ? "; charset=utf-8" : ""));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + code + format.suffix() + "\"");
        try (OutputStream out = response.getOutputStream()) {
            StreamRDF stream = format.open(out);
            extract.writeTo(code, stream);
            stream.finish();
        }
    }

    private static ExtractFormat negotiated(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(ExtractFormat.NQUADS.mediaType()) ? ExtractFormat.NQUADS
            : ExtractFormat.TURTLE;
    }
}
