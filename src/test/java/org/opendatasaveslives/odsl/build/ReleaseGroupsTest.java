package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.cache.WriteCommits;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.validate.RdfFiles;

/**
 * Releases committed in groups: small releases share one commit, a group closes once it holds the given quads, and a
 * release that fails part-way leaves the releases before it in its group loaded and itself at its previous version.
 */
class ReleaseGroupsTest {
    static final String BASE = "https://odsl.org.uk/";
    static final List<String> RELEASES = List.of("a", "b", "c");
    static final Node CRIME_RECORD = NodeFactory.createURI(BASE + "def/odsl/CrimeRecord");

    @TempDir
    Path dir;
    DatasetGraph dsg;
    Graph ontology;

    @BeforeEach
    void openStore() throws Exception {
        Path home = Path.of("").toAbsolutePath();
        StringBuilder catalog = new StringBuilder("""
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            """);
        for (String release : RELEASES) {
            catalog.append("<%s> a dcat:Dataset ; odsl:accessTier odsl:Open ; odsl:mapping \"%s\" ; odsl:shapes \"%s\" ;"
                .formatted(release, home.resolve("mappings/police-street-crime.rml.ttl"),
                    home.resolve("shapes/police-crime.ttl")))
                .append(" odsl:input \"").append(release).append(".csv\" .\n");
        }
        Files.writeString(dir.resolve("catalog.ttl"), catalog);
        ontology = RdfFiles.read(List.of(home.resolve("ontology")));
        dsg = Store.open(dir.resolve("db"));
    }

    @AfterEach
    void closeStore() {
        Store.close(dsg);
    }

    @Test
    void smallReleasesShareOneCommitAndEachClosedGroupCommits() throws Exception {
        writeAll(BuildBadInputTest.GOOD_1);
        assertEquals(1, commitsOf(ReleaseGroups.GROUP_QUADS, false), "three small releases, one commit");
        assertEquals(3, commitsOf(1, false), "a limit of 1 commits each release on its own");
        long oneRelease = Txn.calculateRead(dsg, () -> (long) dsg.getGraph(graph("a")).size());
        assertEquals(2, commitsOf(oneRelease + 1, false), "a and b fill the first group; c is the last");
        for (String release : RELEASES) {
            assertEquals(1, crimes(release), release);
        }
    }

    @Test
    void aReleaseFailingPartWayKeepsItsPreviousVersionAndTheGroupBeforeItLoads() throws Exception {
        writeAll(BuildBadInputTest.GOOD_1);
        build(ReleaseGroups.GROUP_QUADS, false);
        writeAll(BuildBadInputTest.GOOD_1, BuildBadInputTest.GOOD_2);
        String badMonth = BuildBadInputTest.GOOD_2.replace("2025-02", "2025-13");
        Files.writeString(dir.resolve("c.csv"), String.join("\r\n", BuildBadInputTest.HEADER,
            BuildBadInputTest.GOOD_1, BuildBadInputTest.GOOD_2, badMonth) + "\r\n");

        StringWriter printed = new StringWriter();
        List<ReleaseOutcome> outcomes = build(ReleaseGroups.GROUP_QUADS, true, printed);

        assertEquals(RELEASES, outcomes.stream().map(ReleaseOutcome::release).toList(), "catalogue order");
        assertNull(outcomes.get(0).failure());
        assertNull(outcomes.get(1).failure());
        assertTrue(outcomes.get(2).failure().contains("c.csv"), outcomes.get(2).failure());
        assertEquals(2, crimes("a"), "rebuilt on its own after the shared transaction was aborted");
        assertEquals(2, crimes("b"));
        assertEquals(1, crimes("c"), "the failed release keeps its previous version");
        String[] lines = printed.toString().split("\n");
        assertTrue(lines[0].startsWith("a: read 2 records") && lines[1].startsWith("b: read 2 records")
            && lines[2].startsWith("c: FAILED"), printed.toString());
    }

    @Test
    void aGroupLimitBelowOneIsRefusedNamingTheOption() {
        CliRun run = CliRun.of("build", "--catalog", dir.resolve("catalog.ttl").toString(), "--db",
            dir.resolve("other-db").toString(), "--commit-quads", "0");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("--commit-quads must be at least 1, got 0"), run.err());
    }

    private void writeAll(String... rows) throws IOException {
        for (String release : RELEASES) {
            Files.writeString(dir.resolve(release + ".csv"),
                BuildBadInputTest.HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
        }
    }

    private long commitsOf(long groupQuads, boolean strict) throws Exception {
        try (WriteCommits commits = WriteCommits.watch(dsg).orElseThrow()) {
            List<ReleaseOutcome> outcomes = build(groupQuads, strict);
            assertTrue(outcomes.stream().allMatch(ReleaseOutcome::succeeded), outcomes.toString());
            return commits.getAsLong();
        }
    }

    private List<ReleaseOutcome> build(long groupQuads, boolean strict) throws Exception {
        return build(groupQuads, strict, new StringWriter());
    }

    private List<ReleaseOutcome> build(long groupQuads, boolean strict, StringWriter printed) throws Exception {
        List<ReleaseSpec> releases = new CatalogReader(BASE).read(dir.resolve("catalog.ttl"), dir);
        ReleaseBuilder builder = new ReleaseBuilder(dsg, ontology, BASE, dir, dir.resolve("reports"), strict,
            Path.of("shapes/guards"));
        return new ReleaseGroups(dsg, builder, new PrintWriter(printed), groupQuads).buildAll(releases);
    }

    private long crimes(String release) {
        return Txn.calculateRead(dsg, () -> (long) dsg.getGraph(graph(release)).find(Node.ANY, RDF.type.asNode(),
            CRIME_RECORD).toList().size());
    }

    private static Node graph(String release) {
        return NodeFactory.createURI(BASE + "graph/" + release);
    }
}
