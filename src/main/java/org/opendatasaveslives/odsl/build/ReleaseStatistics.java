package org.opendatasaveslives.odsl.build;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.opendatasaveslives.odsl.vocab.Quality;

/**
 * The VoID statistics of a release's graph, counted once at the end of its build and written into the graph, so that
 * the catalogue and {@code /.well-known/void} read them instead of counting at every request, and so that they are
 * readable exactly by those who may read the release.
 * <p>
 * {@code void:triples} counts every triple of the graph, these statistics included: it is the number of lines of the
 * graph's dump. The class partitions, {@code void:distinctSubjects} and {@code void:properties} describe the graph as it
 * was before the statistics were added (data, catalogue description, provenance and quality measurements).
 */
final class ReleaseStatistics {
    private static final String COUNTS = """
        SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
        WHERE { GRAPH ?g { ?s ?p ?o } }""";
    private static final String CLASSES = """
        SELECT ?class (COUNT(DISTINCT ?s) AS ?entities)
        WHERE { GRAPH ?g { ?s a ?class } FILTER isIRI(?class) }
        GROUP BY ?class ORDER BY ?class""";
    private static final String PROPERTIES = "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }";

    private ReleaseStatistics() {
    }

    /** Counts the graph and adds its statistics to it; call inside the write transaction that loaded it. */
    static void addTo(DatasetGraph dsg, Node graph, Node release, String uriSpace) {
        Graph stats = GraphFactory.createDefaultGraph();
        stats.add(Triple.create(release, RDF.Nodes.type, Quality.VOID_DATASET));
        stats.add(Triple.create(release, Quality.URI_SPACE, NodeFactory.createLiteralString(uriSpace)));
        RowSet counts = select(dsg, COUNTS, graph);
        var row = counts.next();
        stats.add(Triple.create(release, Quality.DISTINCT_SUBJECTS, row.get("subjects")));
        stats.add(Triple.create(release, Quality.PROPERTIES, row.get("properties")));
        Set<String> vocabularies = new TreeSet<>();
        select(dsg, PROPERTIES, graph).forEachRemaining(p -> vocabularies.add(namespace(p.get("p"))));
        int classes = 0;
        for (RowSet rows = select(dsg, CLASSES, graph); rows.hasNext(); ) {
            var partition = rows.next();
            Node type = partition.get("class");
            Node node = NodeFactory.createURI(graph.getURI() + "#class-partition-" + (++classes));
            stats.add(Triple.create(release, Quality.CLASS_PARTITION, node));
            stats.add(Triple.create(node, Quality.CLASS, type));
            stats.add(Triple.create(node, Quality.ENTITIES, partition.get("entities")));
            vocabularies.add(namespace(type));
        }
        stats.add(Triple.create(release, Quality.CLASSES, integer(classes)));
        vocabularies.forEach(ns -> stats.add(Triple.create(release, Quality.VOCABULARY, NodeFactory.createURI(ns))));
        stats.find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        // The count triple is the one triple not yet in the graph.
        long triples = dsg.getGraph(graph).size() + 1;
        dsg.add(graph, release, Quality.TRIPLES, integer(triples));
    }

    /** The vocabulary a term belongs to: its IRI up to the last {@code #} or {@code /}. */
    static String namespace(Node term) {
        String iri = term.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static RowSet select(DatasetGraph dsg, String text, Node graph) {
        Query query = QueryFactory.create(text);
        return QueryExec.dataset(dsg).query(query).substitution("g", graph).select();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
