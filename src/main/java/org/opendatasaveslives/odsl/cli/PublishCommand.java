package org.opendatasaveslives.odsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.publish.Credentials;
import org.opendatasaveslives.odsl.publish.GraphStoreClient;
import org.opendatasaveslives.odsl.publish.GraphStoreUrl;
import org.opendatasaveslives.odsl.publish.Publication;
import org.opendatasaveslives.odsl.publish.PublishException;
import org.opendatasaveslives.odsl.publish.PublishState;
import org.opendatasaveslives.odsl.publish.Retries;
import org.opendatasaveslives.odsl.store.ExistingDatabase;
import org.opendatasaveslives.odsl.store.OpenGraphs;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
    header = "Push the named graphs of a built database to a SPARQL 1.1 Graph Store Protocol endpoint.",
    description = {
        "Send each named graph of a database built by 'odsl build' to another triple store (Fuseki, Virtuoso, GraphDB,",
        "Neptune...) through its Graph Store Protocol endpoint: the first batch of a graph with PUT ?graph=IRI (replacing",
        "the graph there), the next ones with POST, as N-Triples. Every graph goes, restricted ones included, unless",
        "--open-only or --graph say otherwise: access control is then the target's job. Progress is kept in",
        "DB/publish-state/, so running the same command again after a failure skips the graphs already sent and goes on",
        "from the last batch the target confirmed; a graph changed since is sent again in full."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every graph published", "1:the target failed or refused a batch (run again to resume)",
        "2:bad arguments, unknown graph, or the database cannot be read"})
public final class PublishCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "ODSL_PUBLISH_PASSWORD";

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder.")
    private Path db;

    @Option(names = "--to", required = true, paramLabel = "URL",
        description = "Graph Store Protocol endpoint, e.g. http://host:3030/ds/data or http://host:8890/sparql-graph-crud-auth.")
    private String to;

    @Option(names = "--user", paramLabel = "NAME", description = "User name at the target (Basic or Digest, as the target asks).")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "File whose first line is the password (else the " + PASSWORD_VARIABLE + " variable).")
    private Path passwordFile;

    @Option(names = "--graph", paramLabel = "IRI", description = "Publish only this named graph (repeatable; default: every graph).")
    private List<String> graphs = new ArrayList<>();

    @Option(names = "--open-only", description = "Leave out the graphs of restricted releases (odsl:Restricted).")
    private boolean openOnly;

    @Option(names = "--batch-triples", paramLabel = "N", defaultValue = "50000",
        description = "Triples per request (default: ${DEFAULT-VALUE}).")
    private int batchTriples;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
        description = "Times a batch is sent again after a 5xx, 429 or connection failure, waiting 1, 2, 4... s (default: ${DEFAULT-VALUE}).")
    private int retries;

    @Option(names = "--restart", description = "Ignore the progress of earlier runs: send every graph again in full.")
    private boolean restart;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GraphStoreUrl target;
        Credentials credentials;
        try {
            target = GraphStoreUrl.parse(to);
            credentials = credentials();
        } catch (PublishException e) {
            err.println("odsl publish: " + e.getMessage());
            return 2;
        }
        if (batchTriples < 1 || retries < 0) {
            err.println("odsl publish: --batch-triples must be at least 1 and --retries at least 0");
            return 2;
        }
        DatasetGraph dsg;
        try {
            dsg = ExistingDatabase.open(db);
        } catch (StoreException e) {
            err.println("odsl publish: " + e.getMessage());
            return 2;
        }
        PublishState state = null;
        try {
            List<Node> chosen = choose(dsg, out, err);
            if (chosen == null) {
                return 2;
            }
            state = PublishState.open(db, target, restart);
            out.printf("publishing %d graph(s) to %s in batches of %,d triples%n", chosen.size(), target, batchTriples);
            GraphStoreClient client = new GraphStoreClient(target, credentials, new Retries(retries, Duration.ofSeconds(1)));
            new Publication(dsg, client, state, batchTriples, out).publish(chosen);
            return 0;
        } catch (PublishException e) {
            err.println("odsl publish: " + e.getMessage());
            if (state != null) {
                err.println("run the same command again to resume (progress is kept in " + state.file() + ")");
            }
            return 1;
        } finally {
            Store.close(dsg);
        }
    }

    private Credentials credentials() throws PublishException {
        if (user == null) {
            if (passwordFile != null) {
                throw new PublishException("--password-file needs --user");
            }
            return null;
        }
        if (passwordFile == null) {
            String password = System.getenv(PASSWORD_VARIABLE);
            if (password == null || password.isEmpty()) {
                throw new PublishException("--user needs a password: give --password-file or set " + PASSWORD_VARIABLE);
            }
            return new Credentials(user, password);
        }
        try {
            String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (password.isEmpty()) {
                throw new PublishException("the password file " + passwordFile + " is empty: its first line must be the password");
            }
            return new Credentials(user, password);
        } catch (IOException e) {
            throw new PublishException("cannot read the password file " + passwordFile + ": " + e.getMessage());
        }
    }

    /** The graphs to send, in IRI order, after saying which restricted ones go; null after an error. */
    private List<Node> choose(DatasetGraph dsg, PrintWriter out, PrintWriter err) {
        List<Node> all = OpenGraphs.all(dsg);
        Set<Node> restricted = OpenGraphs.restricted(dsg);
        Set<Node> chosen = new LinkedHashSet<>();
        for (String iri : graphs) {
            Node graph = NodeFactory.createURI(iri);
            if (!all.contains(graph)) {
                err.println("odsl publish: the database has no named graph " + iri);
                return null;
            }
            if (openOnly && restricted.contains(graph)) {
                err.println("odsl publish: " + iri + " is a restricted graph and --open-only was given");
                return null;
            }
            chosen.add(graph);
        }
        if (graphs.isEmpty()) {
            all.stream().filter(g -> !(openOnly && restricted.contains(g))).forEach(chosen::add);
        }
        List<Node> restrictedChosen = chosen.stream().filter(restricted::contains).toList();
        if (!restrictedChosen.isEmpty()) {
            out.printf("warning: %d restricted graph(s) will be published; access to them is then the target's job"
                + " (--open-only leaves them out):%n", restrictedChosen.size());
            restrictedChosen.forEach(g -> out.println("  " + g.getURI()));
        } else if (openOnly && !restricted.isEmpty()) {
            out.printf("left out %d restricted graph(s) (--open-only)%n", restricted.size());
        }
        return List.copyOf(chosen);
    }
}
