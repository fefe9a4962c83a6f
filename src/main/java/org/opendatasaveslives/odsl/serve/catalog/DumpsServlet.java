package org.opendatasaveslives.odsl.serve.catalog;

import static org.opendatasaveslives.odsl.serve.catalog.Html.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.serve.ReadableDataset;
import org.opendatasaveslives.odsl.store.GraphDumps;
import org.opendatasaveslives.odsl.vocab.Quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dumps/}: the list of dumps the request may download (HTML, or JSON by {@code Accept: application/json} or
 * {@code ?format=json}) and the files: {@code NAME.nt.gz} for each readable named graph, {@code odsl.nq.gz} for all of
 * them, each with its {@code .sha256}. A dump of a graph the request may not read answers 404 exactly as a name that
 * does not exist.
 */
final class DumpsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ReadableDataset readable;
    private final transient DumpCache cache = new DumpCache();

    DumpsServlet(ReadableDataset readable) {
        this.readable = readable;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        DatasetGraph view = readable.forRequest(request);
        Map<String, Node> graphs = graphsByFile(view);
        if (path.equals("/")) {
            list(request, response, view, graphs);
            return;
        }
        String name = path.substring(1);
        boolean checksum = name.endsWith(GraphDumps.SHA256_SUFFIX);
        String file = checksum ? name.substring(0, name.length() - GraphDumps.SHA256_SUFFIX.length()) : name;
        Path dump;
        if (file.equals(GraphDumps.ALL_GRAPHS)) {
            dump = cache.allGraphs(view, new ArrayList<>(graphs.values()));
        } else if (graphs.containsKey(file)) {
            dump = cache.graph(view, graphs.get(file));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named " + name + " here: the list is at "
                + ServerUrls.of(request).dumps());
            return;
        }
        if (checksum) {
            send(response, GraphDumps.checksumOf(dump), "text/plain; charset=utf-8", null);
        } else {
            send(response, dump, "application/gzip", file);
        }
    }

    @Override
    public void destroy() {
        cache.clear();
    }

    /** The readable named graphs by the name of their dump file, in IRI order. */
    private static Map<String, Node> graphsByFile(DatasetGraph view) {
        List<Node> graphs = Txn.calculateRead(view, () -> {
            List<Node> all = new ArrayList<>();
            view.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI()) {
                    all.add(g);
                }
            });
            return all;
        });
        return graphs.stream().sorted((a, b) -> a.getURI().compareTo(b.getURI()))
            .collect(Collectors.toMap(GraphDumps::fileOf, g -> g, (a, b) -> a, LinkedHashMap::new));
    }

    private void list(HttpServletRequest request, HttpServletResponse response, DatasetGraph view,
                      Map<String, Node> graphs) throws IOException {
        response.setHeader("Vary", "Accept");
        ServerUrls urls = ServerUrls.of(request);
        Map<Node, String> triples = triplesByGraph(view);
        String accept = String.valueOf(request.getHeader("Accept"));
        boolean json = "json".equals(request.getParameter("format"))
            || (accept.contains("application/json") && !accept.contains("text/html"));
        byte[] body;
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode all = root.putObject("allGraphs");
            all.put("file", GraphDumps.ALL_GRAPHS).put("url", urls.allGraphsDump())
                .put("sha256Url", urls.allGraphsDump() + GraphDumps.SHA256_SUFFIX).put("format", "application/n-quads+gzip");
            ArrayNode list = root.putArray("graphs");
            graphs.forEach((file, graph) -> {
                ObjectNode item = list.addObject().put("graph", graph.getURI()).put("file", file)
                    .put("url", urls.dump(file)).put("sha256Url", urls.dump(file) + GraphDumps.SHA256_SUFFIX)
                    .put("format", "application/n-triples+gzip");
                Optional.ofNullable(triples.get(graph)).ifPresent(n -> item.put("triples", Long.parseLong(n)));
            });
            body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            response.setContentType("application/json");
        } else {
            body = page(urls, graphs, triples).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html; charset=utf-8");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** void:triples of each graph whose dataset describes itself, from the catalogue. */
    private static Map<Node, String> triplesByGraph(DatasetGraph view) {
        Map<Node, String> triples = new HashMap<>();
        for (CatalogueGraph.Entry e : CatalogueGraph.entries(view)) {
            Node n = G.getZeroOrOneSP(e.metadata(), e.dataset(), Quality.TRIPLES);
            if (n != null) {
                triples.put(e.graph(), n.getLiteralLexicalForm());
            }
        }
        return triples;
    }

    private static String page(ServerUrls urls, Map<String, Node> graphs, Map<Node, String> triples) {
        StringBuilder html = new StringBuilder(Html.head("ODSL Graph: dumps"));
        html.append("<header>\n  <h1>ODSL Graph: dumps</h1>\n  <p>Each named graph you may read as gzip N-Triples, and all")
            .append(" of them as gzip N-Quads, each with a SHA-256 file (<code>sha256sum -c NAME.sha256</code>)")
            .append(" &middot; <a href=\"").append(escape(urls.catalog())).append("\">catalogue</a> &middot; ")
            .append("<a href=\"?format=json\">this list as JSON</a></p>\n</header>\n<main>\n<p><a href=\"")
            .append(escape(urls.allGraphsDump())).append("\">").append(GraphDumps.ALL_GRAPHS)
            .append("</a> (all graphs below, N-Quads, <a href=\"").append(escape(urls.allGraphsDump()))
            .append(GraphDumps.SHA256_SUFFIX).append("\">SHA-256</a>)</p>\n<table>\n")
            .append("<tr><th>Named graph</th><th>Dump</th><th>Triples</th></tr>\n");
        graphs.forEach((file, graph) -> html.append("<tr><td><code>").append(escape(graph.getURI()))
            .append("</code></td><td><a href=\"").append(escape(urls.dump(file))).append("\">").append(escape(file))
            .append("</a> (<a href=\"").append(escape(urls.dump(file))).append(GraphDumps.SHA256_SUFFIX)
            .append("\">SHA-256</a>)</td><td>").append(escape(triples.getOrDefault(graph, ""))).append("</td></tr>\n"));
        return html.append("</table>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void send(HttpServletResponse response, Path file, String type, String downloadName)
            throws IOException {
        response.setContentType(type);
        response.setContentLengthLong(Files.size(file));
        if (downloadName != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + downloadName + "\"");
        }
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
