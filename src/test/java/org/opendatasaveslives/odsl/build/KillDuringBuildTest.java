package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.cli.Odsl;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.PoliceFile;
import org.opendatasaveslives.odsl.store.ReleaseProvenance;
import org.opendatasaveslives.odsl.store.Store;

/**
 * A build killed with SIGKILL part-way leaves every release either wholly at its previous version or wholly at the
 * new one (each replaces its graph inside one TDB2 transaction, shared by a group of small releases), and the next
 * build succeeds.
 */
class KillDuringBuildTest {
    static final Path CATALOG = Path.of("catalogs/demo.ttl");
    static final List<String> RELEASES = List.of("police-street-west-yorkshire-2025-01",
        "police-street-west-yorkshire-2025-02", "police-street-kent-2025-01");
    /** Enough rows per file that the killed build is still busy when the signal arrives. */
    static final int ROWS = 2_000;

    @TempDir
    Path tmp;
    Path before;
    Path after;
    Path db;

    @BeforeEach
    void folders() {
        before = tmp.resolve("data-before");
        after = tmp.resolve("data-after");
        db = tmp.resolve("db");
    }

    /** Each release commits on its own ({@code --commit-quads 1}): killed after the first, before the others. */
    @Test
    void aBuildKilledBetweenReleasesLeavesEachReleaseWholeAndTheNextBuildSucceeds() throws Exception {
        List<String> versions = killBuild("1", RELEASES.get(0));
        assertEquals(ReleaseProvenance.sha256(after.resolve(input(0))), versions.get(0),
            "the release the killed build finished stays replaced");
    }

    /** The three small releases share one commit: killed while it is open, none of them or all of them changed. */
    @Test
    void aBuildKilledInsideAGroupOfReleasesLeavesTheGroupWholeAndTheNextBuildSucceeds() throws Exception {
        List<String> versions = killBuild("" + ReleaseGroups.GROUP_QUADS, "ontology and code lists");
        boolean allOld = true;
        boolean allNew = true;
        for (int i = 0; i < RELEASES.size(); i++) {
            allOld &= versions.get(i).equals(ReleaseProvenance.sha256(before.resolve(input(i))));
            allNew &= versions.get(i).equals(ReleaseProvenance.sha256(after.resolve(input(i))));
        }
        assertTrue(allOld || allNew, "the group is all or nothing: " + versions);
    }

    /**
     * Builds the releases from {@code before}, then from {@code after} in a child JVM killed once it prints a line
     * starting with {@code killAt}; checks each release is wholly one version or the other and that the next build
     * succeeds; returns each release's input digest as the killed build left it.
     */
    private List<String> killBuild(String commitQuads, String killAt) throws Exception {
        writeStreetCrime(before, 1);
        writeStreetCrime(after, 2);
        CliRun first = CliRun.of(buildArguments(before, db, commitQuads));
        assertEquals(0, first.exitCode(), first.all());

        Process killed = startBuild(after, db, commitQuads);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith(killAt)) {
                // wait for the point to kill at
            }
            assertTrue(line != null, "the child build printed " + killAt);
        }
        killed.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no transaction clean-up
        assertTrue(killed.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, killed.exitValue());

        List<String> versions = releaseInputDigests(db);
        for (int i = 0; i < RELEASES.size(); i++) {
            String digest = versions.get(i);
            String old = ReleaseProvenance.sha256(before.resolve(input(i)));
            String fresh = ReleaseProvenance.sha256(after.resolve(input(i)));
            assertTrue(digest.equals(old) || digest.equals(fresh), RELEASES.get(i) + " is neither version: " + digest);
        }
        assertWhole(db);

        CliRun next = CliRun.of(buildArguments(after, db, commitQuads));
        assertEquals(0, next.exitCode(), next.all());
        List<String> rebuilt = releaseInputDigests(db);
        for (int i = 0; i < RELEASES.size(); i++) {
            assertEquals(ReleaseProvenance.sha256(after.resolve(input(i))), rebuilt.get(i), RELEASES.get(i));
        }
        assertWhole(db);
        return versions;
    }

    private static void writeStreetCrime(Path data, long seed) {
        for (PoliceFile file : DemoDataGenerator.POLICE_FILES) {
            DemoDataGenerator.writeStreetCrime(data.resolve(file.relativePath()), file, ROWS, seed);
        }
    }

    /** The input file of release {@code i} of {@link #RELEASES}. */
    private static String input(int i) {
        return DemoDataGenerator.POLICE_FILES.stream()
            .filter(file -> RELEASES.get(i).equals("police-street-" + file.force().fileSlug() + "-" + file.month()))
            .map(PoliceFile::relativePath).findFirst().orElseThrow();
    }

    private static String[] buildArguments(Path data, Path db, String commitQuads) {
        List<String> args = new ArrayList<>(List.of("build", "--catalog", CATALOG.toString(), "--data", data.toString(),
            "--db", db.toString(), "--commit-quads", commitQuads));
        RELEASES.forEach(release -> args.addAll(List.of("--release", release)));
        return args.toArray(String[]::new);
    }

    private static Process startBuild(Path data, Path db, String commitQuads) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Odsl.class.getName()));
        command.addAll(List.of(buildArguments(data, db, commitQuads)));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The SHA-256 of each release's input file as its graph's provenance records it, in {@link #RELEASES} order. */
    private static List<String> releaseInputDigests(Path db) throws Exception {
        DatasetGraph dsg = Store.open(db);
        try {
            List<String> digests = new ArrayList<>();
            for (String release : RELEASES) {
                String query = "PREFIX odsl: <https://odsl.org.uk/def/odsl/> SELECT ?sha { GRAPH <https://odsl.org.uk/graph/"
                    + release + "> { ?release <http://www.w3.org/ns/prov#wasDerivedFrom> ?input . ?input odsl:sha256 ?sha } }";
                digests.add(select(dsg, query, "sha").get(0).get(0));
            }
            return digests;
        } finally {
            Store.close(dsg);
        }
    }

    /** Every release graph holds exactly the records its provenance says it loaded. */
    private static void assertWhole(Path db) throws Exception {
        DatasetGraph dsg = Store.open(db);
        try {
            for (String release : RELEASES) {
                String query = "PREFIX odsl: <https://odsl.org.uk/def/odsl/> SELECT ?loaded (COUNT(DISTINCT ?crime) AS ?crimes) {"
                    + " GRAPH <https://odsl.org.uk/graph/" + release + "> { ?release odsl:recordsLoaded ?loaded ."
                    + " ?crime a odsl:CrimeRecord } } GROUP BY ?loaded";
                List<String> row = select(dsg, query, "loaded", "crimes").get(0);
                assertEquals(row.get(0), row.get(1), release);
            }
        } finally {
            Store.close(dsg);
        }
    }

    /** The lexical forms of the variables in each row, read inside the transaction (TDB2 nodes resolve lazily). */
    private static List<List<String>> select(DatasetGraph dsg, String query, String... variables) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                ResultSet results = exec.execSelect();
                List<List<String>> rows = new ArrayList<>();
                results.forEachRemaining(row -> rows.add(
                    List.of(variables).stream().map(v -> row.getLiteral(v).getLexicalForm()).toList()));
                return rows;
            }
        });
    }
}
