package org.opendatasaveslives.odsl.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.cli.BenchCommand;

import picocli.CommandLine;

/**
 * {@code odsl bench peer}: our engine and CARML run the same mapping on the same CSV and write the same triples.
 * The CARML side needs bench/carml-peer/target/carml-peer.jar (built by .ci/run before the tests); without it those
 * tests are skipped. Speed is not checked.
 */
class PeerBenchmarkTest {
    private static final Path CARML_JAR = Path.of(PeerJar.LOCATION);

    @TempDir
    Path dir;

    @Test
    void bothEnginesWriteIsomorphicGraphsWithTheSameTripleCountFor1000Rows() throws Exception {
        assumeTrue(Files.isRegularFile(CARML_JAR), "CARML peer jar not built: " + PeerJar.BUILD);
        PeerBenchmark.Result result = PeerBenchmark.run(dir, CARML_JAR, 1000, "512m");

        assertEquals(result.odsl().triples(), result.carml().triples(), result.line());
        assertTrue(result.line().contains("same-triple-count=yes"), result.line());
        assertEquals(result.odsl().triples(), Files.readAllLines(result.odslOutput()).size());
        Graph ours = RDFDataMgr.loadGraph(result.odslOutput().toString());
        Graph carml = RDFDataMgr.loadGraph(result.carmlOutput().toString());
        long rowsWithCrimeId = Files.readAllLines(result.folder().resolve("street.csv")).stream().skip(1)
                .filter(row -> !row.startsWith(",")).count();
        assertEquals(rowsWithCrimeId, ours.find(null, RDF.type.asNode(),
                NodeFactory.createURI("https://odsl.org.uk/def/odsl/CrimeRecord")).toList().size(),
                "one crime record per row with a Crime ID");
        assertTrue(ours.contains(NodeFactory.createURI("https://odsl.org.uk/id/police-force/West%20Yorkshire%20Police"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("West Yorkshire Police")), "the forces, through parent triples maps");
        assertTrue(ours.isIsomorphicWith(carml), "our engine and CARML wrote different graphs");
    }

    @Test
    void benchPeerPrintsTheFiguresOfBothEnginesAndTheRatio() {
        assumeTrue(Files.isRegularFile(CARML_JAR), "CARML peer jar not built: " + PeerJar.BUILD);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, bench(out, err, "peer", "--rows", "200", "--xmx", "256m", "--carml-jar", CARML_JAR.toString()),
                err.toString());
        String text = out.toString();
        Matcher line = Pattern.compile("bench peer: rows=200 xmx=256m \\| odsl: triples=(\\d+) .*triples/s=\\d+"
                + " peak-heap=\\d+MB \\| carml: triples=(\\d+) .*triples/s=\\d+ peak-heap=\\d+MB \\|"
                + " same-triple-count=yes ratio=\\d+\\.\\d\\d \\(odsl/carml triples/s\\)"
                + " cpu-ratio=\\d+\\.\\d\\d").matcher(text);
        assertTrue(line.find(), text);
        assertEquals(line.group(1), line.group(2));
        assertTrue(text.contains("machine: cores="), text);
    }

    @Test
    void aMissingPeerJarExitsTwoSayingHowToBuildIt() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("carml-peer.jar");
        assertEquals(2, bench(new StringWriter(), err, "peer", "--rows", "10", "--carml-jar", missing.toString()));
        assertTrue(err.toString().contains(missing.toString()), err.toString());
        assertTrue(err.toString().contains("mvn -f bench/carml-peer/pom.xml package"), err.toString());
    }

    @Test
    void aBadHeapLimitIsRefusedBeforeAnythingRuns() {
        StringWriter err = new StringWriter();
        assertEquals(2, bench(new StringWriter(), err, "peer", "--xmx", "lots", "--carml-jar", "none.jar"));
        assertTrue(err.toString().contains("--xmx must be a heap size such as 512m or 2g, got lots"), err.toString());
    }

    @Test
    void aRunnerLineWithoutFiguresIsAnErrorQuotingTheOutput() {
        assertEquals(new PeerRun("carml", 12, 1.5, 2.25, 2048), PeerRun.parse("carml",
                "some log line\n" + PeerRun.line(12, 1.5, 2.25, 2048) + "\n"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PeerRun.parse("carml", "Exception in thread main"));
        assertTrue(e.getMessage().contains("carml printed no line") && e.getMessage().contains("Exception in thread"),
                e.getMessage());
    }

    private static int bench(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
