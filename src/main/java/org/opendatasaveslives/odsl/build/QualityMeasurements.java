package org.opendatasaveslives.odsl.build;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opendatasaveslives.odsl.vocab.Odsl;
import org.opendatasaveslives.odsl.vocab.Quality;

/**
 * The build's own figures as W3C DQV quality measurements: for each release, records read, loaded and rejected,
 * rejections per stage and SHACL violations per shape (written into the release's graph); for the whole build, the
 * rows each check left unresolved (written into the derived graph, which the checks look at). The metrics are defined
 * in {@code ontology/quality.ttl}.
 */
final class QualityMeasurements {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Node dataset;
    private final String prefix;

    private QualityMeasurements(Node dataset, Node namedGraph) {
        this.dataset = dataset;
        this.prefix = namedGraph.getURI() + "#quality-";
    }

    static Graph ofRelease(Node release, Node namedGraph, long read, long loaded, long rejected, RejectTally tally) {
        QualityMeasurements q = new QualityMeasurements(release, namedGraph);
        q.measure("records-read", Quality.RECORDS_READ, read);
        q.measure("records-loaded", Quality.RECORDS_LOADED, loaded);
        q.measure("records-rejected", Quality.RECORDS_REJECTED, rejected);
        for (Map.Entry<String, Long> stage : tally.byStage().entrySet()) {
            Node m = q.measure("rejected-at-" + stage.getKey(), Quality.REJECTED_AT_STAGE, stage.getValue());
            q.add(m, Quality.STAGE, NodeFactory.createLiteralString(stage.getKey()));
        }
        int n = 0;
        for (Map.Entry<RejectTally.ShapeKey, Long> shape : tally.byShape().entrySet()) {
            Node m = q.measure("shape-violations-" + (++n), Quality.SHAPE_VIOLATIONS, shape.getValue());
            String name = shape.getKey().shape();
            if (name.contains(":")) {
                q.add(m, Quality.VIOLATED_SHAPE, NodeFactory.createURI(name));
            }
            if (!shape.getKey().path().isEmpty()) {
                q.add(m, Quality.RESULT_PATH, NodeFactory.createLiteralString(shape.getKey().path()));
            }
        }
        return q.graph;
    }

    /**
     * Adds the checks' figures to the derived graph, with its VoID statistics (the derived graph is replaced by every
     * build, after the releases, so it carries no provenance of its own).
     */
    static void recordChecks(DatasetGraph dsg, String base, List<CheckResult> checks) {
        Node derivedGraph = Odsl.derivedGraph(base);
        Graph quality = ofChecks(base, derivedGraph, checks);
        Txn.executeWrite(dsg, () -> {
            quality.find().forEach(t -> dsg.add(derivedGraph, t.getSubject(), t.getPredicate(), t.getObject()));
            ReleaseStatistics.addTo(dsg, derivedGraph, derivedDataset(base), base + "id/");
        });
    }

    /** The checks' figures, measured on the derived graph's dataset ({@code {base}id/dataset/derived}). */
    private static Graph ofChecks(String base, Node derivedGraph, List<CheckResult> checks) {
        Node derived = derivedDataset(base);
        QualityMeasurements q = new QualityMeasurements(derived, derivedGraph);
        q.add(derived, RDF.Nodes.type, NodeFactory.createURI(Quality.DCAT + "Dataset"));
        q.add(derived, NodeFactory.createURI(Quality.DCTERMS + "title"),
            NodeFactory.createLiteralLang("Derived geography links, roll-ups and build checks", "en"));
        q.add(derived, Odsl.NAMED_GRAPH, derivedGraph);
        for (CheckResult check : checks) {
            String name = check.file().replaceFirst("\\.rq$", "");
            Node m = q.measure("check-" + name, Quality.UNRESOLVED, check.count());
            q.add(m, Quality.CHECK, NodeFactory.createLiteralString(check.file()));
            q.add(m, RDFS.Nodes.label, NodeFactory.createLiteralString(check.title()));
        }
        return q.graph;
    }

    static Node derivedDataset(String base) {
        return NodeFactory.createURI(base + "id/dataset/derived");
    }

    private Node measure(String key, Node metric, long value) {
        Node m = NodeFactory.createURI(prefix + key);
        add(m, RDF.Nodes.type, Quality.QUALITY_MEASUREMENT);
        add(m, Quality.COMPUTED_ON, dataset);
        add(m, Quality.IS_MEASUREMENT_OF, metric);
        add(m, Quality.VALUE, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
        add(dataset, Quality.HAS_QUALITY_MEASUREMENT, m);
        return m;
    }

    private void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }
}
