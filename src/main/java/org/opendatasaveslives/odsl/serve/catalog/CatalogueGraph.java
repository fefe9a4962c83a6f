package org.opendatasaveslives.odsl.serve.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.opendatasaveslives.odsl.store.GraphDumps;
import org.opendatasaveslives.odsl.vocab.Odsl;
import org.opendatasaveslives.odsl.vocab.Quality;

/**
 * The catalogue of what one request may read, as RDF: a DCAT 3 catalogue with a dataset per readable named graph that
 * describes itself (every source release, and the derived graph), their distributions (the graph's dump, the SPARQL
 * endpoint), VoID and the SPARQL 1.1 Service Description of the endpoint.
 * <p>
 * The description, provenance, statistics and quality measurements are read from each graph, where the build wrote
 * them; only what depends on this server (URLs) or on the view (which graphs are listed) is added here. A graph the
 * view does not hold is never looked at, so nothing about it (name, size) can appear.
 */
final class CatalogueGraph {
    static final String DCAT = Quality.DCAT;
    static final String DCTERMS = Quality.DCTERMS;
    static final String SD = Quality.SD;
    static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";
    static final String MEDIA_TYPE = "http://www.iana.org/assignments/media-types/";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final Node WAS_ASSOCIATED_WITH = NodeFactory.createURI(Quality.PROV + "wasAssociatedWith");

    /** A dataset that describes itself in its own graph. */
    record Entry(Node dataset, Node graph, Graph metadata) {
        String dumpFile() {
            return GraphDumps.fileOf(graph);
        }
    }

    private final Graph out = GraphFactory.createDefaultGraph();
    private final ServerUrls urls;
    private final String uriSpace;

    private CatalogueGraph(ServerUrls urls, String uriSpace) {
        this.urls = urls;
        this.uriSpace = uriSpace;
    }

    /** The readable named graphs, in IRI order. */
    static List<Node> graphs(DatasetGraph view) {
        return Txn.calculateRead(view, () -> {
            List<Node> graphs = new ArrayList<>();
            view.listGraphNodes().forEachRemaining(graph -> {
                if (graph.isURI()) {
                    graphs.add(graph);
                }
            });
            graphs.sort(Comparator.comparing(Node::getURI));
            return graphs;
        });
    }

    /** The readable datasets with the metadata their graphs hold, in graph IRI order. */
    static List<Entry> entries(DatasetGraph view) {
        List<Node> graphs = graphs(view);
        return Txn.calculateRead(view, () -> {
            List<Entry> entries = new ArrayList<>();
            graphs.forEach(graph -> {
                Iterator<Quad> described = view.find(graph, Node.ANY, Odsl.NAMED_GRAPH, graph);
                try {
                    if (described.hasNext()) {
                        Node dataset = described.next().getSubject();
                        entries.add(new Entry(dataset, graph, metadataOf(view, graph, dataset)));
                    }
                } finally {
                    Iter.close(described);
                }
            });
            return entries;
        });
    }

    /**
     * The catalogue of the entries, with this server's URLs.
     *
     * @param graphs every readable named graph, for the service description (some, like the ontology's, do not
     *               describe themselves)
     */
    static Graph of(List<Entry> entries, List<Node> graphs, ServerUrls urls, String uriSpace) {
        CatalogueGraph c = new CatalogueGraph(urls, uriSpace);
        c.describe(entries, graphs);
        return c.out;
    }

    /**
     * The dataset's statements and those about the nodes they lead to within the graph's own metadata: the build
     * activity and its inputs, class partitions and quality measurements (IRIs {@code GRAPH#...} or blank nodes), and
     * the software agent.
     */
    private static Graph metadataOf(DatasetGraph view, Node graph, Node dataset) {
        Graph metadata = GraphFactory.createDefaultGraph();
        String local = graph.getURI() + "#";
        Set<Node> seen = new HashSet<>(List.of(dataset));
        Deque<Node> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            Iterator<Quad> quads = view.find(graph, subject, Node.ANY, Node.ANY);
            try {
                quads.forEachRemaining(q -> {
                    metadata.add(q.asTriple());
                    Node o = q.getObject();
                    boolean own = o.isBlank() || (o.isURI() && o.getURI().startsWith(local))
                        || q.getPredicate().equals(WAS_ASSOCIATED_WITH);
                    if (own && seen.add(o)) {
                        todo.push(o);
                    }
                });
            } finally {
                Iter.close(quads);
            }
        }
        return metadata;
    }

    private void describe(List<Entry> entries, List<Node> graphs) {
        Node catalog = uri(urls.catalog());
        Node service = uri(urls.catalog() + "#sparql-service");
        Node all = uri(urls.catalog() + "#odsl-graph");
        Node endpoint = uri(urls.sparql());
        add(catalog, RDF.Nodes.type, dcat("Catalog"));
        add(catalog, dcterms("title"), NodeFactory.createLiteralLang("ODSL Graph", "en"));
        add(catalog, dcterms("description"), NodeFactory.createLiteralLang("Police, health and social-care data as"
            + " linked data: one dataset per source release, each in its own named graph, with provenance and the"
            + " quality figures of its build.", "en"));
        add(catalog, dcat("service"), service);
        add(all, RDF.Nodes.type, Quality.VOID_DATASET);
        add(all, dcterms("title"), NodeFactory.createLiteralLang("ODSL Graph: every dataset this catalogue lists", "en"));
        add(all, Quality.SPARQL_ENDPOINT, endpoint);
        add(all, Quality.URI_SPACE, NodeFactory.createLiteralString(uriSpace));
        add(all, Quality.DATA_DUMP, uri(urls.allGraphsDump()));
        describeService(service, endpoint, entries, graphs);
        for (Entry entry : entries) {
            entry.metadata().find().forEach(out::add);
            Node ds = entry.dataset();
            add(catalog, dcat("dataset"), ds);
            add(all, Quality.SUBSET, ds);
            add(service, dcat("servesDataset"), ds);
            add(ds, RDF.Nodes.type, dcat("Dataset"));
            add(ds, RDF.Nodes.type, Quality.VOID_DATASET);
            accessRights(entry).ifPresent(rights -> add(ds, dcterms("accessRights"), rights));
            add(ds, Quality.SPARQL_ENDPOINT, endpoint);
            add(ds, Quality.URI_SPACE, NodeFactory.createLiteralString(uriSpace));
            String dumpUrl = urls.dump(entry.dumpFile());
            add(ds, Quality.DATA_DUMP, uri(dumpUrl));
            distributions(entry, ds, dumpUrl, service);
        }
    }

    private void distributions(Entry entry, Node ds, String dumpUrl, Node service) {
        Node dump = uri(ds.getURI() + "#dump");
        add(ds, dcat("distribution"), dump);
        add(dump, RDF.Nodes.type, dcat("Distribution"));
        add(dump, dcterms("title"), NodeFactory.createLiteralLang("Dump of the named graph, gzip N-Triples", "en"));
        add(dump, dcat("downloadURL"), uri(dumpUrl));
        add(dump, dcat("accessURL"), uri(urls.dumps()));
        add(dump, dcat("mediaType"), uri(MEDIA_TYPE + "application/n-triples"));
        add(dump, dcat("compressFormat"), uri(MEDIA_TYPE + "application/gzip"));
        Node sparql = uri(ds.getURI() + "#sparql");
        add(ds, dcat("distribution"), sparql);
        add(sparql, RDF.Nodes.type, dcat("Distribution"));
        add(sparql, dcterms("title"), NodeFactory.createLiteralLang("SPARQL endpoint: GRAPH <" + entry.graph().getURI()
            + "> holds this dataset", "en"));
        add(sparql, dcat("accessURL"), uri(urls.sparql()));
        add(sparql, dcat("accessService"), service);
        G.listSP(entry.metadata(), ds, dcterms("license")).forEach(licence -> {
            add(dump, dcterms("license"), licence);
            add(sparql, dcterms("license"), licence);
        });
    }

    private void describeService(Node service, Node endpoint, List<Entry> entries, List<Node> graphs) {
        add(service, RDF.Nodes.type, sd("Service"));
        add(service, RDF.Nodes.type, dcat("DataService"));
        add(service, dcterms("title"), NodeFactory.createLiteralLang("ODSL Graph SPARQL endpoint", "en"));
        add(service, sd("endpoint"), endpoint);
        add(service, dcat("endpointURL"), endpoint);
        add(service, dcat("endpointDescription"), uri(urls.voidDescription()));
        add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML")) {
            add(service, sd("resultFormat"), uri(FORMATS + format));
        }
        Node dataset = uri(urls.catalog() + "#sparql-dataset");
        add(service, sd("defaultDataset"), dataset);
        add(dataset, RDF.Nodes.type, sd("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        add(dataset, sd("defaultGraph"), defaultGraph);
        add(defaultGraph, RDF.Nodes.type, sd("Graph"));
        for (Node name : graphs) {
            Node named = NodeFactory.createBlankNode();
            add(dataset, sd("namedGraph"), named);
            add(named, RDF.Nodes.type, sd("NamedGraph"));
            add(named, sd("name"), name);
            Node graph = NodeFactory.createBlankNode();
            add(named, sd("graph"), graph);
            add(graph, RDF.Nodes.type, sd("Graph"));
            entries.stream().filter(e -> e.graph().equals(name)).forEach(e ->
                G.listSP(e.metadata(), e.dataset(), Quality.TRIPLES).forEach(n -> add(graph, Quality.TRIPLES, n)));
        }
    }

    private static Optional<Node> accessRights(Entry entry) {
        Node tier = G.getZeroOrOneSP(entry.metadata(), entry.dataset(), Odsl.ACCESS_TIER);
        if (Odsl.OPEN.equals(tier)) {
            return Optional.of(uri(ACCESS_RIGHT + "PUBLIC"));
        }
        if (Odsl.RESTRICTED.equals(tier)) {
            return Optional.of(uri(ACCESS_RIGHT + "RESTRICTED"));
        }
        return Optional.empty();
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node dcat(String local) {
        return uri(DCAT + local);
    }

    static Node dcterms(String local) {
        return uri(DCTERMS + local);
    }

    static Node sd(String local) {
        return uri(SD + local);
    }
}
