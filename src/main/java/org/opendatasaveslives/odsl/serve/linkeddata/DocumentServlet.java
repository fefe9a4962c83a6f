package org.opendatasaveslives.odsl.serve.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.serve.ReadableDataset;
import org.opendatasaveslives.odsl.vocab.Odsl;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the document about a resource at {@code /doc/...} (things and external URIs), {@code /def/...} (ontology
 * terms, and the ontology index at {@code /def/}) and {@code /doc?uri=...} (any other URI), in HTML or RDF chosen by
 * suffix or by the Accept header. Reads only the request's {@link ReadableDataset} view.
 */
final class DocumentServlet extends HttpServlet {
    static final Set<String> ONTOLOGY_INDEX = Set.of("/def", "/def/", "/def/odsl", "/def/odsl/");

    private final ReadableDataset readable;
    private final UriSpace uris;
    private final List<PageSection> sections;
    private final SharedLabels labels;

    DocumentServlet(ReadableDataset readable, UriSpace uris, List<PageSection> sections, SharedLabels labels) {
        this.readable = readable;
        this.uris = uris;
        this.sections = sections;
        this.labels = labels;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = rawPath(request);
        Optional<DocumentFormat> suffix = DocumentFormat.ofSuffix(path);
        String documentPath = suffix.map(f -> path.substring(0, path.length() - f.suffix().length() - 1)).orElse(path);
        Optional<DocumentFormat> format = suffix.isPresent() ? suffix : DocumentFormat.negotiate(request.getHeader("Accept"));
        if (suffix.isEmpty()) {
            response.setHeader("Vary", "Accept");
        }
        boolean html = format.orElse(null) == DocumentFormat.HTML;
        DatasetGraph view = readable.forRequest(request);
        SharedLabels.Entries knownLabels = labels.of(readable.viewKey(request));
        if (ONTOLOGY_INDEX.contains(documentPath)) {
            if (format.isEmpty()) {
                NotFound.notAcceptable(response);
            } else {
                Txn.executeRead(view, () -> ontologyIndex(view, knownLabels, format.get(), response));
            }
            return;
        }
        Optional<String> uri = resourceOf(documentPath, request);
        if (uri.isEmpty()) {
            NotFound.send(response, html, null, uris);
            return;
        }
        // An unknown resource answers 404 even to a client accepting none of the formats: that is the news it needs.
        Txn.executeRead(view, () -> describe(view, knownLabels, NodeFactory.createURI(uri.get()), documentPath, format, request,
            response));
    }

    private Optional<String> resourceOf(String documentPath, HttpServletRequest request) {
        if (documentPath.equals("/doc")) {
            String uri = request.getParameter("uri");
            return uri == null || uri.isBlank() ? Optional.empty() : Optional.of(uri);
        }
        if (documentPath.startsWith("/def/")) {
            return Optional.of(uris.termAt(documentPath));
        }
        return uris.thingAt(documentPath);
    }

    private void describe(DatasetGraph view, SharedLabels.Entries knownLabels, Node resource, String documentPath,
                          Optional<DocumentFormat> negotiated, HttpServletRequest request, HttpServletResponse response) {
        PageContext ctx = new PageContext(view, uris, knownLabels);
        ResourceDescription description = ResourceDescription.read(view, resource);
        String query = request.getQueryString();
        String pagePath = query == null ? documentPath : documentPath + "?" + query;
        try {
            DocumentFormat format = negotiated.orElse(null);
            if (description.isEmpty()) {
                NotFound.send(response, format == DocumentFormat.HTML, resource.getURI(), uris);
            } else if (format == null) {
                NotFound.notAcceptable(response);
            } else if (format == DocumentFormat.HTML) {
                StringBuilder added = new StringBuilder();
                sections.forEach(section -> added.append(section.html(request, resource, pagePath)));
                writeHtml(response, new ResourcePage(ctx, description, pagePath, serverRoot(request)).render(added.toString()));
            } else {
                String document = request.getRequestURL() + (query == null ? "" : "?" + query);
                String more = serverRoot(request) + SparqlLinks.endpoint(SparqlLinks.incoming(resource.getURI()));
                writeRdf(response, format, ResourceRdf.of(ctx, description, document, more));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ontologyIndex(DatasetGraph view, SharedLabels.Entries knownLabels, DocumentFormat format,
                               HttpServletResponse response) {
        try {
            if (format == DocumentFormat.HTML) {
                writeHtml(response, new OntologyIndexPage(new PageContext(view, uris, knownLabels)).render());
                return;
            }
            Node ontology = Odsl.ontologyGraph(uris.base() + "/");
            if (!view.containsGraph(ontology)) {
                NotFound.send(response, false, ontology.getURI(), uris);
                return;
            }
            Graph graph = view.getGraph(ontology);
            writeRdf(response, format, graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHtml(HttpServletResponse response, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The pages have no script; the policy makes sure nothing from the data can run as one.
        response.setHeader("Content-Security-Policy", PageLayout.CONTENT_SECURITY_POLICY);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    // Written to memory first (documents are bounded), so a writer failure is a clean error, not a truncated document.
    private static void writeRdf(HttpServletResponse response, DocumentFormat format, Graph graph) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, graph, format.lang());
        response.setContentType(format.mediaType() + "; charset=utf-8");
        response.setContentLength(bytes.size());
        bytes.writeTo(response.getOutputStream());
    }

    /** The request path as sent, still percent-encoded, so it matches the URIs in the data character for character. */
    static String rawPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean wantsHtml(HttpServletRequest request) {
        return DocumentFormat.negotiate(request.getHeader("Accept")).orElse(null) == DocumentFormat.HTML;
    }

    private static String serverRoot(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }
}
