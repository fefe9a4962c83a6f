package org.opendatasaveslives.odsl.build;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.opendatasaveslives.odsl.store.GraphCensus;
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
    private ReleaseStatistics() {
    }

    /**
     * Counts the graph and adds its statistics to it; call inside the write transaction that loaded it.
     *
     * @return the graph's triples, its statistics included
     */
    static long addTo(DatasetGraph dsg, Node graph, Node release, String uriSpace) {
        GraphCensus census = GraphCensus.of(dsg, graph);
        Graph stats = GraphFactory.createDefaultGraph();
        stats.add(Triple.create(release, RDF.Nodes.type, Quality.VOID_DATASET));
        stats.add(Triple.create(release, Quality.URI_SPACE, NodeFactory.createLiteralString(uriSpace)));
        stats.add(Triple.create(release, Quality.DISTINCT_SUBJECTS, integer(census.distinctSubjects())));
        stats.add(Triple.create(release, Quality.PROPERTIES, integer(census.properties().size())));
        Set<String> vocabularies = new TreeSet<>();
        census.properties().forEach(p -> vocabularies.add(namespace(p)));
        int classes = 0;
        for (Map.Entry<String, Long> partition : census.entitiesByClass().entrySet()) {
            Node node = NodeFactory.createURI(graph.getURI() + "#class-partition-" + (++classes));
            stats.add(Triple.create(release, Quality.CLASS_PARTITION, node));
            stats.add(Triple.create(node, Quality.CLASS, NodeFactory.createURI(partition.getKey())));
            stats.add(Triple.create(node, Quality.ENTITIES, integer(partition.getValue())));
            vocabularies.add(namespace(NodeFactory.createURI(partition.getKey())));
        }
        stats.add(Triple.create(release, Quality.CLASSES, integer(classes)));
        vocabularies.forEach(ns -> stats.add(Triple.create(release, Quality.VOCABULARY, NodeFactory.createURI(ns))));
        long added = stats.stream().filter(t -> !dsg.contains(graph, t.getSubject(), t.getPredicate(), t.getObject()))
            .count();
        stats.find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        // The count triple is the one triple not yet in the graph.
        long triples = census.triples() + added + 1;
        dsg.add(graph, release, Quality.TRIPLES, integer(triples));
        return triples;
    }

    /** The vocabulary a term belongs to: its IRI up to the last {@code #} or {@code /}. */
    static String namespace(Node term) {
        String iri = term.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
