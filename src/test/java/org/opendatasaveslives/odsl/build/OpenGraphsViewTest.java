package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Derivation rules read through {@link OpenGraphsView}: on a TDB2 store holding an open release, a restricted release
 * and a release of unknown tier, every way a SPARQL query can reach a graph finds only the open one (and the
 * ontology and derived graphs), and an update may write only the derived graph.
 */
class OpenGraphsViewTest {
    static final String BASE = "https://odsl.org.uk/";
    static final Node OPEN = Odsl.releaseGraph(BASE, "open-release");
    static final Node RESTRICTED = Odsl.releaseGraph(BASE, "restricted-release");
    static final Node UNKNOWN = Odsl.releaseGraph(BASE, "release-of-unknown-tier");
    static final Node DERIVED = Odsl.derivedGraph(BASE);
    static final Node RECORD = Odsl.term("CrimeRecord");
    static final Node WITHIN = Odsl.term("within");

    @TempDir
    Path tmp;

    @Test
    void everyRouteOfAQuerySeesOnlyOpenGraphs() throws Exception {
        DatasetGraph dsg = store();
        try {
            Txn.executeRead(dsg, () -> {
                DatasetGraph view = OpenGraphsView.of(dsg, Odsl.ontologyGraph(BASE), DERIVED);
                assertEquals(List.of("open"), records(view, "?r a odsl:CrimeRecord"), "default graph");
                assertEquals(List.of("open"), records(view, "GRAPH ?g { ?r a odsl:CrimeRecord }"), "GRAPH ?g");
                assertEquals(List.of(), records(view, "GRAPH <" + RESTRICTED.getURI() + "> { ?r a odsl:CrimeRecord }"), "GRAPH <restricted>");
                assertEquals(List.of(), records(view, "GRAPH <" + UNKNOWN.getURI() + "> { ?r a odsl:CrimeRecord }"), "GRAPH <unknown tier>");
                assertEquals(List.of("open"), records(view, "?r odsl:within+ ?area"), "property path");
                assertEquals(List.of("open"), records(view,
                    "?release odsl:namedGraph ?g . GRAPH ?g { ?r a odsl:CrimeRecord }"), "graph named by a release");
                assertEquals(List.of("open", "restricted", "unknown"), records(dsg, "?r a odsl:CrimeRecord"),
                    "the store itself holds all three, so the view is what hides them");
            });
        } finally {
            Store.close(dsg);
        }
    }

    @Test
    void updatesWriteTheDerivedGraphOnlyAndCannotCopyRestrictedData() throws Exception {
        DatasetGraph dsg = store();
        try {
            Txn.executeWrite(dsg, () -> {
                DatasetGraph view = OpenGraphsView.of(dsg, Odsl.ontologyGraph(BASE), DERIVED);
                UpdateExec.dataset(view).update("""
                    PREFIX odsl: <https://odsl.org.uk/def/odsl/>
                    INSERT { GRAPH <%s> { ?r a odsl:CountedRecord } } WHERE { ?r a odsl:CrimeRecord }
                    """.formatted(DERIVED.getURI())).execute();
                assertEquals(1, dsg.getGraph(DERIVED).size(), "only the open record is copied");
                assertThrows(UnsupportedOperationException.class, () -> UpdateExec.dataset(view).update("""
                    INSERT DATA { GRAPH <%s> { <urn:x> <urn:y> <urn:z> } }""".formatted(OPEN.getURI())).execute());
            });
        } finally {
            Store.close(dsg);
        }
    }

    private static List<String> records(DatasetGraph dsg, String pattern) {
        try (QueryExec exec = QueryExec.dataset(dsg).query("PREFIX odsl: <https://odsl.org.uk/def/odsl/>\n"
                + "SELECT DISTINCT ?r WHERE { " + pattern + " } ORDER BY ?r").build()) {
            return exec.select().stream().map(row -> row.get("r").getURI().replace("urn:record:", "")).toList();
        }
    }

    private DatasetGraph store() throws Exception {
        DatasetGraph dsg = Store.open(tmp.resolve("db"));
        Txn.executeWrite(dsg, () -> {
            release(dsg, OPEN, Odsl.OPEN, "open");
            release(dsg, RESTRICTED, Odsl.RESTRICTED, "restricted");
            release(dsg, UNKNOWN, null, "unknown");
            // a restricted release cannot make itself open by carrying an open tier in its data
            dsg.add(RESTRICTED, NodeFactory.createURI("urn:forged"), Odsl.ACCESS_TIER, Odsl.OPEN);
        });
        return dsg;
    }

    private static void release(DatasetGraph dsg, Node graph, Node tier, String name) {
        Node release = NodeFactory.createURI(BASE + "id/dataset/" + name);
        dsg.add(graph, release, Odsl.NAMED_GRAPH, graph);
        if (tier != null) {
            dsg.add(graph, release, Odsl.ACCESS_TIER, tier);
        }
        Node record = NodeFactory.createURI("urn:record:" + name);
        dsg.add(graph, record, RDF.Nodes.type, RECORD);
        dsg.add(graph, record, WITHIN, NodeFactory.createURI("urn:area:" + name));
    }
}
