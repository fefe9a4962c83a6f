package org.opendatasaveslives.odsl.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** The index census of a graph agrees with SPARQL's counts over the same graph, and ignores other graphs. */
class GraphCensusTest {
    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph/a");

    private static final String DATA = """
        PREFIX ex: <https://example.org/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        GRAPH ex:graph\\/a {
          ex:crime1 a ex:Crime, ex:Event ; ex:month "2025-01" ; ex:count 3 ; ex:place ex:lsoa1 .
          ex:crime2 a ex:Crime ; ex:month "2025-01" ; ex:count "3"^^xsd:integer ; ex:place ex:lsoa1 .
          ex:lsoa1 a ex:Place ; ex:label "Leeds 001A"@en .
          _:b1 a ex:Event ; ex:note "blank subject" .
          ex:odd a _:anonymousClass ; a "not a class" .
        }
        GRAPH ex:graph\\/b {
          ex:crime9 a ex:Crime ; ex:month "2025-02" ; ex:only "in b" .
        }
        ex:crime8 a ex:Crime .
        """;

    @Test
    void countsAgreeWithSparql() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(dsg));
        Txn.executeRead(dsg, () -> {
            GraphCensus census = GraphCensus.of(dsg, GRAPH);
            QuerySolution counts = select(dsg, """
                SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
                WHERE { GRAPH <https://example.org/graph/a> { ?s ?p ?o } }""").next();
            assertEquals(counts.getLiteral("triples").getLong(), census.triples());
            assertEquals(counts.getLiteral("subjects").getLong(), census.distinctSubjects());
            Set<Node> properties = new HashSet<>();
            select(dsg, "SELECT DISTINCT ?p WHERE { GRAPH <https://example.org/graph/a> { ?s ?p ?o } }")
                .forEachRemaining(row -> properties.add(row.get("p").asNode()));
            assertEquals(properties, census.properties());
            Map<String, Long> classes = new TreeMap<>();
            select(dsg, """
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n)
                WHERE { GRAPH <https://example.org/graph/a> { ?s a ?class } FILTER isIRI(?class) } GROUP BY ?class""")
                .forEachRemaining(row -> classes.put(row.getResource("class").getURI(), row.getLiteral("n").getLong()));
            assertEquals(classes, census.entitiesByClass());
            assertEquals(Map.of("https://example.org/Crime", 2L, "https://example.org/Event", 2L,
                "https://example.org/Place", 1L), census.entitiesByClass());
            assertEquals(15, census.triples());
            assertEquals(5, census.distinctSubjects());
        });
    }

    @Test
    void anUnknownGraphIsEmpty() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(dsg));
        GraphCensus census = Txn.calculateRead(dsg,
            () -> GraphCensus.of(dsg, NodeFactory.createURI("https://example.org/graph/none")));
        assertEquals(new GraphCensus(0, 0, Set.of(), Map.of()), census);
    }

    private static ResultSet select(DatasetGraph dsg, String query) {
        return QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg)).execSelect();
    }
}
