package org.opendatasaveslives.odsl.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * What a named graph of a TDB2 database holds, counted in two ordered scans of its indexes at the level of node ids:
 * the graph-subject index gives the triples, the distinct subjects and the predicates; the graph-predicate index,
 * from {@code rdf:type}, gives the distinct members of each class. Sorted indexes let distinct values be counted as
 * changes from one tuple to the next, so memory stays flat however large the graph, and only predicates and classes
 * are ever decoded. SPARQL's {@code COUNT(DISTINCT ?s)} over the same graph holds every subject in a hash set and
 * decodes every node. Call inside a transaction.
 *
 * @param triples          the graph's triples
 * @param distinctSubjects the distinct subjects of those triples
 * @param properties       the distinct predicates
 * @param entitiesByClass  for each class (an IRI object of {@code rdf:type}), its distinct members, ordered by IRI
 */
public record GraphCensus(long triples, long distinctSubjects, Set<Node> properties,
                          Map<String, Long> entitiesByClass) {

    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    public static GraphCensus of(DatasetGraph dsg, Node graph) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId graphId = nodes.getNodeIdForNode(graph);
        if (NodeId.isDoesNotExist(graphId)) {
            return new GraphCensus(0, 0, Set.of(), Map.of());
        }
        long triples = 0;
        long subjects = 0;
        Set<NodeId> predicates = new HashSet<>();
        NodeId lastSubject = null;
        Iterator<Tuple<NodeId>> bySubject = index(quads, "GSPO").find(pattern(graphId, NodeId.NodeIdAny));
        try {
            while (bySubject.hasNext()) {
                Tuple<NodeId> quad = bySubject.next();
                triples++;
                if (!quad.get(S).equals(lastSubject)) {
                    subjects++;
                    lastSubject = quad.get(S);
                }
                predicates.add(quad.get(P));
            }
        } finally {
            Iter.close(bySubject);
        }
        Set<Node> properties = new HashSet<>();
        predicates.forEach(id -> properties.add(nodes.getNodeForNodeId(id)));
        return new GraphCensus(triples, subjects, properties, classes(quads, graphId));
    }

    /** Members per class from the graph-predicate-object index: {@code rdf:type} tuples sorted by class, then member. */
    private static Map<String, Long> classes(NodeTupleTable quads, NodeId graphId) {
        NodeTable nodes = quads.getNodeTable();
        Map<String, Long> entities = new TreeMap<>();
        NodeId type = nodes.getNodeIdForNode(RDF.Nodes.type);
        if (NodeId.isDoesNotExist(type)) {
            return entities;
        }
        Iterator<Tuple<NodeId>> byClass = index(quads, "GPOS").find(pattern(graphId, type));
        try {
            NodeId lastClass = null;
            NodeId lastMember = null;
            Node currentClass = null;
            while (byClass.hasNext()) {
                Tuple<NodeId> quad = byClass.next();
                if (!quad.get(O).equals(lastClass)) {
                    lastClass = quad.get(O);
                    lastMember = null;
                    currentClass = nodes.getNodeForNodeId(lastClass);
                }
                if (currentClass.isURI() && !quad.get(S).equals(lastMember)) {
                    entities.merge(currentClass.getURI(), 1L, Long::sum);
                }
                lastMember = quad.get(S);
            }
        } finally {
            Iter.close(byClass);
        }
        return entities;
    }

    private static Tuple<NodeId> pattern(NodeId graph, NodeId predicate) {
        return TupleFactory.create4(graph, NodeId.NodeIdAny, predicate, NodeId.NodeIdAny);
    }

    private static TupleIndex index(NodeTupleTable quads, String name) {
        TupleIndex index = quads.getTupleTable().selectIndex(name);
        if (index == null) {
            throw new IllegalStateException("the database has no " + name + " quad index; it was not made by TDB2's"
                + " default setup");
        }
        return index;
    }
}
