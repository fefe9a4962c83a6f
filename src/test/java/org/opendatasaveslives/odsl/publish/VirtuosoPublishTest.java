package org.opendatasaveslives.odsl.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.build.CliRun;

/**
 * odsl publish to Virtuoso Open Source 7 (Debian's virtuoso-opensource, which CI installs; skipped where virtuoso-t
 * is not installed): a private server on free ports; every graph counted by SPARQL and read back whole. The one
 * difference found: Virtuoso keeps xsd:dateTime to the microsecond, so the build times' nanoseconds are cut.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VirtuosoPublishTest {
    static final String ONS_GRAPH = "https://odsl.org.uk/graph/ons-ltla-utla";

    @TempDir
    static Path tmp;
    Path binary;
    Path db;
    VirtuosoServer virtuoso;

    @BeforeAll
    void start() throws Exception {
        Optional<Path> installed = VirtuosoServer.binary();
        assumeTrue(installed.isPresent(), "virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)");
        binary = installed.get();
        db = SourceDatabase.build(tmp);
        virtuoso = new VirtuosoServer(binary, tmp.resolve("virtuoso"));
    }

    @AfterAll
    void stop() throws Exception {
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    @Test
    void everyGraphArrivesThroughTheDigestLoginEndpoint() throws Exception {
        Path password = tmp.resolve("dba-password");
        Files.writeString(password, VirtuosoServer.ADMIN_PASSWORD);
        String[] publish = {"publish", "--db", db.toString(), "--to", virtuoso.url("/sparql-graph-crud-auth"),
            "--user", VirtuosoServer.ADMIN, "--password-file", password.toString(), "--batch-triples", "400"};
        CliRun run = CliRun.of(publish);
        assertEquals(0, run.exitCode(), run.all());

        Map<String, Long> expected = new TreeMap<>();
        SourceDatabase.read(db, source -> source.listGraphNodes()
            .forEachRemaining(g -> expected.put(g.getURI(), (long) source.getGraph(g).size())));
        assertEquals(expected, countsAtVirtuoso(), "triples per graph, counted by SPARQL at Virtuoso");
        SourceDatabase.read(db, source -> expected.keySet().forEach(graph -> {
            Graph back = toMicroseconds(GSP.service(virtuoso.url("/sparql-graph-crud")).graphName(graph).GET());
            Graph sent = toMicroseconds(source.getGraph(NodeFactory.createURI(graph)));
            assertTrue(sent.isIsomorphicWith(back), graph + " read back from Virtuoso is the graph sent");
        }));

        CliRun again = CliRun.of(publish);
        assertEquals(0, again.exitCode(), again.all());
        assertTrue(again.out().contains("(" + expected.size() + " unchanged, skipped), 0 triples sent"), again.out());
    }

    @Test
    void theAnonymousEndpointNeedsTheSparqlUpdateGrant() throws Exception {
        String anonymous = virtuoso.url("/sparql-graph-crud");
        CliRun refused = CliRun.of("publish", "--db", db.toString(), "--to", anonymous, "--graph", ONS_GRAPH,
            "--restart");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("HTTP 403") && refused.err().contains("the target does not let anonymous"
            + " clients write"), refused.err());

        virtuoso.sql(binary, "GRANT SPARQL_UPDATE TO \"SPARQL\";");
        CliRun granted = CliRun.of("publish", "--db", db.toString(), "--to", anonymous, "--graph", ONS_GRAPH,
            "--restart");
        assertEquals(0, granted.exitCode(), granted.all());
        assertTrue(granted.out().contains(ONS_GRAPH + ": published; 1,530 triples"), granted.out());
    }

    private Map<String, Long> countsAtVirtuoso() {
        Map<String, Long> counts = new TreeMap<>();
        QueryExecHTTP.service(virtuoso.url("/sparql")).query("""
            SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://odsl.org.uk/")) }
            GROUP BY ?g""").select().forEachRemaining(row -> counts.put(row.get("g").getURI(),
            ((Number) row.get("n").getLiteralValue()).longValue()));
        return counts;
    }

    /**
     * The graph with every xsd:dateTime as Virtuoso keeps its value: fractions of a second cut to six digits, written
     * in one lexical form (Virtuoso writes 47.25 back as 47.250), so that the same values compare equal.
     */
    private static Graph toMicroseconds(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(Triple.create(t.getSubject(), t.getPredicate(), cut(t.getObject()))));
        return copy;
    }

    private static Node cut(Node object) {
        if (!object.isLiteral() || !XSDDatatype.XSDdateTime.getURI().equals(object.getLiteralDatatypeURI())) {
            return object;
        }
        Instant instant = Instant.parse(object.getLiteralLexicalForm()).truncatedTo(ChronoUnit.MICROS);
        return NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(instant), XSDDatatype.XSDdateTime);
    }
}
