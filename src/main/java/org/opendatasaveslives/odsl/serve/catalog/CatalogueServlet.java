package org.opendatasaveslives.odsl.serve.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.opendatasaveslives.odsl.serve.ReadableDataset;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /catalog} (HTML, Turtle, JSON-LD or N-Triples by content negotiation) and {@code /.well-known/void}
 * (Turtle): the catalogue of what the request may read. One servlet class, two instances: the VoID path offers RDF
 * only, Turtle first.
 */
final class CatalogueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final RdfResponse[] CATALOGUE = {RdfResponse.HTML, RdfResponse.TURTLE, RdfResponse.JSONLD, RdfResponse.NTRIPLES};
    private static final RdfResponse[] VOID = {RdfResponse.TURTLE, RdfResponse.JSONLD, RdfResponse.NTRIPLES};

    private final transient ReadableDataset readable;
    private final String uriSpace;
    private final RdfResponse[] offered;
    private final transient List<DatasetSection> sections;

    private CatalogueServlet(ReadableDataset readable, String uriSpace, RdfResponse[] offered, List<DatasetSection> sections) {
        this.readable = readable;
        this.uriSpace = uriSpace;
        this.offered = offered;
        this.sections = sections;
    }

    static CatalogueServlet catalogue(ReadableDataset readable, String uriSpace, List<DatasetSection> sections) {
        return new CatalogueServlet(readable, uriSpace, CATALOGUE, sections);
    }

    static CatalogueServlet voidDescription(ReadableDataset readable, String uriSpace) {
        return new CatalogueServlet(readable, uriSpace, VOID, List.of());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        RdfResponse form = RdfResponse.choose(request, offered);
        if (form == null) {
            RdfResponse.notAcceptable(response, offered);
            return;
        }
        DatasetGraph view = readable.forRequest(request);
        List<CatalogueGraph.Entry> entries = CatalogueGraph.entries(view);
        ServerUrls urls = ServerUrls.of(request);
        if (form == RdfResponse.HTML) {
            String page = Txn.calculateRead(view, () -> CataloguePage.render(entries, urls, labelsIn(view),
                entry -> addedRows(request, entry)));
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html; charset=utf-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        form.write(CatalogueGraph.of(entries, CatalogueGraph.graphs(view), urls, uriSpace), response);
    }

    private List<Map.Entry<String, String>> addedRows(HttpServletRequest request, CatalogueGraph.Entry entry) {
        return sections.stream()
            .map(section -> Map.entry(section.name(), section.html(request, entry.dataset(), entry.graph())))
            .filter(row -> !row.getValue().isEmpty())
            .toList();
    }

    /** A term's rdfs:label from any graph of the view (the ontology graph), or its IRI's last segment. */
    private static Function<Node, String> labelsIn(DatasetGraph view) {
        Map<Node, String> known = new HashMap<>();
        return term -> known.computeIfAbsent(term, t -> {
            Iterator<Quad> found = view.find(Node.ANY, t, RDFS.Nodes.label, Node.ANY);
            try {
                while (found.hasNext()) {
                    Node label = found.next().getObject();
                    if (label.isLiteral()) {
                        return label.getLiteralLexicalForm();
                    }
                }
            } finally {
                Iter.close(found);
            }
            String iri = t.getURI();
            return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        });
    }
}
