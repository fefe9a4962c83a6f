package org.opendatasaveslives.odsl.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.build.CliRun;

/**
 * odsl publish against a second, plain Fuseki behind a login: every graph arrives isomorphic, a failed run resumes
 * where the target stopped confirming, a transient failure is retried, a changed graph is sent again in full, and a
 * refused login fails at once without showing the password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishToFusekiTest {
    static final int BATCH = 400;
    static final String ONS_GRAPH = "https://odsl.org.uk/graph/ons-ltla-utla";

    @TempDir
    static Path tmp;
    Path db;
    Path passwordFile;

    @BeforeAll
    void buildSource() throws Exception {
        db = SourceDatabase.build(tmp);
        passwordFile = tmp.resolve("password");
        Files.writeString(passwordFile, TargetFuseki.PASSWORD + "\n");
    }

    @Test
    void everyGraphArrivesIsomorphicAndRestrictedOnesAreNamedFirst() throws Exception {
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.BASIC)) {
            CliRun run = publish(target, "--restart");
            assertEquals(0, run.exitCode(), run.all());
            assertTrue(run.out().contains("warning: 1 restricted graph(s) will be published")
                && run.out().contains("  " + SourceDatabase.RESTRICTED_GRAPH), run.out());
            assertTrue(run.out().contains(ONS_GRAPH + ": published; 1,530 triples"), run.out());
            assertTrue(run.out().contains("total: 6 graph(s)"), run.out());
            assertEquals(SourceDatabase.batches(db, BATCH), target.writes(), "one request per batch");
            SourceDatabase.assertPublished(db, target.dataset);
        }
    }

    @Test
    void openOnlyLeavesTheRestrictedGraphsOut() throws Exception {
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.BASIC)) {
            CliRun run = publish(target, "--restart", "--open-only");
            assertEquals(0, run.exitCode(), run.all());
            assertTrue(run.out().contains("left out 1 restricted graph(s) (--open-only)"), run.out());
            SourceDatabase.assertPublished(db, target.dataset, Set.of(SourceDatabase.RESTRICTED_GRAPH));
        }
    }

    @Test
    void aFailedRunResumesAfterTheLastConfirmedBatch() throws Exception {
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.BASIC)) {
            int total = SourceDatabase.batches(db, BATCH);
            target.failWrites(6, Integer.MAX_VALUE);
            CliRun failed = publish(target, "--restart", "--retries", "0");
            assertEquals(1, failed.exitCode(), failed.all());
            assertTrue(Pattern.compile("graph https://\\S+, batch \\d+ \\((PUT|POST) of [\\d]+ triples to "
                + Pattern.quote(target.url()) + "\\): HTTP 503").matcher(failed.err()).find(), failed.err());
            assertTrue(failed.err().contains("run the same command again to resume"), failed.err());
            assertEquals(6, target.writes());

            target.recover();
            CliRun resumed = publish(target);
            assertEquals(0, resumed.exitCode(), resumed.all());
            assertEquals(total - 5, target.writes() - 6, "only the batches not confirmed are sent again");
            assertTrue(resumed.out().contains("unchanged since the last run, skipped"), resumed.out());
            SourceDatabase.assertPublished(db, target.dataset);
        }
    }

    @Test
    void aFailureInTheMiddleOfAGraphResumesWithinIt() throws Exception {
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.BASIC)) {
            CliRun first = publish(target, "--restart", "--graph", ONS_GRAPH);
            assertEquals(0, first.exitCode(), first.all());
            int batches = target.writes();
            assertTrue(batches >= 3, "the graph needs several batches: " + batches);
            target.dataset.executeWrite(() -> target.dataset.clear());
            target.failWrites(batches + 3, Integer.MAX_VALUE);
            CliRun failed = publish(target, "--restart", "--graph", ONS_GRAPH, "--retries", "0");
            assertEquals(1, failed.exitCode(), failed.all());
            assertTrue(failed.err().contains("graph " + ONS_GRAPH + ", batch 3 (POST of " + BATCH + " triples"),
                failed.err());
            target.recover();
            CliRun resumed = publish(target, "--graph", ONS_GRAPH);
            assertEquals(0, resumed.exitCode(), resumed.all());
            assertTrue(resumed.out().contains(ONS_GRAPH + ": resumed at batch 3"), resumed.out());
            assertEquals(batches - 2, target.writes() - (batches + 3), "batches 3.. sent once more, 1 and 2 not");
            SourceDatabase.read(db, source -> Txn.executeRead(target.dataset, () -> assertTrue(
                source.getGraph(node(ONS_GRAPH)).isIsomorphicWith(target.dataset.getGraph(node(ONS_GRAPH))))));
        }
    }

    @Test
    void aTransientFailureIsRetried() throws Exception {
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.BASIC)) {
            target.failWrites(3, 3);
            CliRun run = publish(target, "--restart", "--retries", "2");
            assertEquals(0, run.exitCode(), run.all());
            assertEquals(SourceDatabase.batches(db, BATCH) + 1, target.writes(), "the refused batch was sent again");
            SourceDatabase.assertPublished(db, target.dataset);
        }
    }

    @Test
    void aChangedGraphIsSentAgainInFull() throws Exception {
        Node graph = node(ONS_GRAPH);
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.BASIC)) {
            assertEquals(0, publish(target, "--restart").exitCode());
            int firstRun = target.writes();
            CliRun again = publish(target);
            assertEquals(0, again.exitCode(), again.all());
            assertEquals(firstRun, target.writes(), "nothing sent for unchanged graphs");
            assertTrue(again.out().contains("total: 6 graph(s) (6 unchanged, skipped)"), again.out());

            List<Triple> removed = new ArrayList<>();
            SourceDatabase.write(db, source -> {
                Triple first = source.getGraph(graph).find().next();
                removed.add(first);
                source.getGraph(graph).delete(first);
                source.add(graph, node("https://odsl.org.uk/id/test/changed"), node("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
                    node("https://odsl.org.uk/id/test/graph"));
            });
            CliRun changed = publish(target);
            assertEquals(0, changed.exitCode(), changed.all());
            assertTrue(changed.out().contains(ONS_GRAPH + ": changed since the last run"), changed.out());
            assertTrue(changed.out().contains("total: 6 graph(s) (5 unchanged, skipped)"), changed.out());
            assertEquals(4, target.writes() - firstRun, "the changed graph's 1,530 triples in 4 batches of " + BATCH);
            Txn.executeRead(target.dataset, () -> assertFalse(target.dataset.getGraph(graph).contains(removed.get(0)),
                "the first batch replaced the graph, so the removed triple is gone at the target too"));
            SourceDatabase.assertPublished(db, target.dataset);
        }
    }

    @Test
    void digestLoginWorksToo() throws Exception {
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.DIGEST)) {
            CliRun run = publish(target, "--restart");
            assertEquals(0, run.exitCode(), run.all());
            SourceDatabase.assertPublished(db, target.dataset);
        }
    }

    @Test
    void aRefusedLoginFailsAtOnceWithoutShowingThePassword() throws Exception {
        try (TargetFuseki target = new TargetFuseki(tmp, AuthScheme.BASIC)) {
            Path wrong = tmp.resolve("wrong-password");
            Files.writeString(wrong, "Tr0ub4dor&3\n");
            CliRun refused = CliRun.of("publish", "--db", db.toString(), "--to", target.url(), "--user",
                TargetFuseki.USER, "--password-file", wrong.toString(), "--restart");
            assertEquals(1, refused.exitCode(), refused.all());
            assertTrue(refused.err().contains("HTTP 401"), refused.err());
            assertTrue(refused.err().contains("the target refused user 'publisher': check the user name and the password"),
                refused.err());
            assertFalse(refused.all().contains("Tr0ub4dor"), "the password is never printed");
            assertEquals(0, target.writes(), "no write passed the login, and none was retried");

            CliRun forbidden = CliRun.of("publish", "--db", db.toString(), "--to", target.url(), "--user",
                TargetFuseki.OTHER_USER, "--password-file", passwordFile.toString(), "--restart");
            assertEquals(1, forbidden.exitCode(), forbidden.all());
            assertTrue(forbidden.err().contains("HTTP 403") && forbidden.err().contains("user 'reader' may not write"
                + " graphs there"), forbidden.err());
            assertFalse(forbidden.all().contains(TargetFuseki.PASSWORD), "the password is never printed");

            CliRun anonymous = CliRun.of("publish", "--db", db.toString(), "--to", target.url(), "--restart");
            assertEquals(1, anonymous.exitCode(), anonymous.all());
            assertTrue(anonymous.err().contains("the target asks for credentials: give --user and --password-file"),
                anonymous.err());
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() throws Exception {
        CliRun userInUrl = CliRun.of("publish", "--db", db.toString(), "--to", "http://me:s3cr3t@localhost:1/ds/data");
        assertEquals(2, userInUrl.exitCode());
        assertTrue(userInUrl.err().contains("--to must not carry a user or password"), userInUrl.err());
        assertFalse(userInUrl.all().contains("s3cr3t"), userInUrl.all());
        CliRun unknown = CliRun.of("publish", "--db", db.toString(), "--to", "http://localhost:1/ds/data",
            "--graph", "https://odsl.org.uk/graph/nonesuch");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("the database has no named graph https://odsl.org.uk/graph/nonesuch"), unknown.err());
        CliRun restricted = CliRun.of("publish", "--db", db.toString(), "--to", "http://localhost:1/ds/data",
            "--graph", SourceDatabase.RESTRICTED_GRAPH, "--open-only");
        assertEquals(2, restricted.exitCode());
        assertTrue(restricted.err().contains("is a restricted graph and --open-only was given"), restricted.err());
        CliRun noPassword = CliRun.of("publish", "--db", db.toString(), "--to", "http://localhost:1/ds/data",
            "--user", "someone");
        assertEquals(2, noPassword.exitCode());
        assertTrue(noPassword.err().contains("--user needs a password"), noPassword.err());
    }

    @Test
    void anUnreachableTargetIsNamedInTheError() throws Exception {
        CliRun run = CliRun.of("publish", "--db", db.toString(), "--to", "http://127.0.0.1:1/ds/data",
            "--retries", "0", "--restart");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("batch 1 (PUT of") && run.err().contains("to http://127.0.0.1:1/ds/data):"
            + " connection failed: ConnectException"), run.err());
    }

    private CliRun publish(TargetFuseki target, String... options) {
        List<String> args = new ArrayList<>(List.of("publish", "--db", db.toString(), "--to", target.url(),
            "--user", TargetFuseki.USER, "--password-file", passwordFile.toString(), "--batch-triples", "" + BATCH));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
