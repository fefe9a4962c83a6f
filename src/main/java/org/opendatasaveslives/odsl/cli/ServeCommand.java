package org.opendatasaveslives.odsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.opendatasaveslives.odsl.serve.ExampleQueries;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;
import org.opendatasaveslives.odsl.serve.ServeException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve a built database: SPARQL endpoint, graph store (read) and query editor.",
        description = {
            "Serve a TDB2 database built by 'odsl build': a read-only SPARQL endpoint whose default graph is the union of",
            "the source releases, graph store read access, and a query editor with the example queries. Stop with Ctrl-C.",
            "Anonymous users read the open releases; users of the --users file (HTTP Basic) read what their roles allow:",
            "researcher = open, police/health/care = open + their agency's restricted releases, safeguarding = all.",
            "Queries that can read restricted releases are written to the audit log."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped normally",
            "2:cannot start (database missing, not TDB2 or in use; port in use; bad option)"
        })
public final class ServeCommand implements Callable<Integer> {
    static final int CANNOT_START = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder.")
    private Path database;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeConfig.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    private String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest time a query may run, in seconds (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of example queries (*.rq) to offer instead of the ones shipped with odsl.")
    private Path queriesFolder;

    @Option(names = "--base", paramLabel = "URI", defaultValue = "https://odsl.org.uk",
            description = "Base the data's URIs were minted with (odsl build --base); the server answers {base}/id/... "
                    + "at /id/... and /doc/... (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Users file written by 'odsl user add' (names, roles, password hashes). Without it every request is anonymous.")
    private Path users;

    @Option(names = "--audit-log", paramLabel = "FILE",
            description = "Audit log of queries that can read restricted releases, one JSON line each (default: DIR-audit.jsonl beside the database).")
    private Path auditLog;

    @Option(names = "--anonymous-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest time an anonymous query may run, in seconds (default: ${DEFAULT-VALUE}; never more than --timeout).")
    private long anonymousTimeoutSeconds;

    @Option(names = "--anonymous-row-limit", paramLabel = "ROWS", defaultValue = "" + ServeConfig.DEFAULT_ANONYMOUS_ROW_LIMIT,
            description = "Most rows an anonymous query returns (default: ${DEFAULT-VALUE}).")
    private long anonymousRowLimit;

    @Option(names = "--cors-origin", paramLabel = "URL",
            description = "An origin (https://example.org) whose web pages may call this server from a browser; repeat for more. Default: none.")
    private List<String> corsOrigins = List.of();

    @Option(names = "--https", paramLabel = "CONFIG",
            description = "Also serve HTTPS, with Fuseki's https.json settings file: {\"keystore\": \"FILE.jks\", \"passwd\": \"PASSWORD\"}.")
    private Path https;

    @Option(names = "--https-port", paramLabel = "PORT", defaultValue = "" + ServeConfig.DEFAULT_HTTPS_PORT,
            description = "HTTPS port with --https (default: ${DEFAULT-VALUE}).")
    private int httpsPort;

    @Option(names = "--response-cache", paramLabel = "MB", defaultValue = "" + (ServeConfig.DEFAULT_RESPONSE_CACHE_BYTES >> 20),
            description = "Memory for answers replayed to repeated GETs of queries and pages while the data is unchanged,"
                    + " in MB (default: ${DEFAULT-VALUE}; 0 turns it off). Users who read restricted releases are never"
                    + " answered from it.")
    private long responseCacheMegabytes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OdslServer server;
        try {
            ServeConfig config = config();
            OdslServer.plainHttpWarning(config).ifPresent(warning -> {
                err.println(warning);
                err.flush();
            });
            server = OdslServer.start(config);
        } catch (ServeException | IllegalArgumentException e) {
            err.println("odsl serve: " + e.getMessage());
            err.flush();
            return CANNOT_START;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "odsl-serve-shutdown"));
        out.println("ODSL Graph is serving " + database.toAbsolutePath().normalize());
        out.println("  Query editor     " + server.homeUrl());
        out.println("  SPARQL endpoint  " + server.sparqlUrl());
        out.println("  Graph store      " + server.graphStoreUrl() + "?graph=IRI  (read only)");
        out.println("  Resource pages   " + server.baseUrl() + "doc/{type}/{key}  (for " + base + "/id/{type}/{key})");
        out.println("  Ontology         " + server.baseUrl() + "def/");
        out.println("  Ping             " + server.pingUrl());
        if (users != null) {
            out.println("  Log in           " + server.baseUrl() + "login  (HTTP Basic, users of " + users + ")");
        }
        if (https != null) {
            out.println("  HTTPS            port " + httpsPort);
        }
        server.auditLogFile().ifPresent(file -> out.println("  Audit log        " + file));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }

    private ServeConfig config() {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        ServeConfig.Builder builder = ServeConfig.forDatabase(database)
                .port(port)
                .host(host)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                .base(base);
        if (anonymousTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("--anonymous-timeout must be a positive number of seconds, got " + anonymousTimeoutSeconds);
        }
        builder.anonymousTimeout(Duration.ofSeconds(anonymousTimeoutSeconds)).anonymousRowLimit(anonymousRowLimit);
        if (queriesFolder != null) {
            builder.exampleQueries(ExampleQueries.inDirectory(queriesFolder));
        }
        if (users != null) {
            builder.users(users);
        }
        if (auditLog != null) {
            builder.auditLog(auditLog);
        }
        if (responseCacheMegabytes < 0) {
            throw new IllegalArgumentException("--response-cache must be 0 (off) or a number of MB, got " + responseCacheMegabytes);
        }
        builder.responseCacheBytes(responseCacheMegabytes << 20);
        corsOrigins.forEach(builder::corsOrigin);
        if (https != null) {
            builder.https(https, httpsPort);
        }
        return builder.build();
    }
}
