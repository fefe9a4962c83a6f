package org.opendatasaveslives.odsl.serve.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.serve.ReadableDataset;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /feedback}: records a W3C Web Annotation on a resource or dataset the caller's view describes. In
 * order: the client's rate limit (429 with Retry-After), the same-origin check (403), the body (413, 415, 400), the
 * target (404, the same answer whether the target is described nowhere or only where the caller may not look). A
 * JSON request gets 201 with Location; a form gets 303 back to the page it came from.
 */
final class FeedbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ReadableDataset readable;
    private final transient AnnotationStore store;
    private final transient FeedbackRequest reader;
    private final transient RateLimiter limiter;
    private final transient UriSpace uris;

    FeedbackServlet(ReadableDataset readable, AnnotationStore store, FeedbackLimits limits, RateLimiter limiter, UriSpace uris) {
        this.readable = readable;
        this.store = store;
        this.reader = new FeedbackRequest(limits);
        this.limiter = limiter;
        this.uris = uris;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean form = FeedbackRequest.isForm(request);
        OptionalLong wait = limiter.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            refuse(request, response, form, 429, "Too much feedback from your address: try again in " + wait.getAsLong() + " s.");
            return;
        }
        if (!SameOrigin.allows(request, form)) {
            refuse(request, response, form, 403, "Feedback forms are accepted only from this site's own pages (the Origin or"
                    + " Referer header must name this server).");
            return;
        }
        try {
            NewAnnotation annotation = reader.read(request);
            DatasetGraph view = readable.forRequest(request);
            if (!store.describes(view, NodeFactory.createURI(annotation.target()))) {
                throw new FeedbackRejected(404, "Nothing you may read here is described by " + annotation.target()
                        + ": feedback is attached to resources and datasets of this server.");
            }
            Node iri = store.create(view, annotation, Optional.ofNullable(request.getRemoteUser()));
            String document = uris.documentPath(iri.getURI());
            if (form) {
                response.setStatus(303);
                response.setHeader("Location", annotation.back().orElse(uris.documentPath(annotation.target()))
                        + "#" + AnnotationsSection.ANCHOR);
                return;
            }
            response.setStatus(201);
            response.setHeader("Location", document);
            JsonObject created = new JsonObject();
            created.put("id", iri.getURI());
            created.put("document", document);
            created.put("target", annotation.target());
            created.put("motivation", "oa:" + annotation.motivation().id());
            write(response, "application/json", created.toString());
        } catch (FeedbackRejected rejected) {
            refuse(request, response, form, rejected.status(), rejected.getMessage());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean form, int status, String message)
            throws IOException {
        response.setStatus(status);
        if (!reader.discardRest(request)) {
            response.setHeader("Connection", "close");
        }
        if (form) {
            write(response, "text/plain", message + "\n");
        } else {
            JsonObject error = new JsonObject();
            error.put("error", message);
            write(response, "application/json", error.toString());
        }
    }

    private static void write(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type + "; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
