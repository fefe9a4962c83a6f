package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.opendatasaveslives.odsl.serve.access.AccessControl;
import org.opendatasaveslives.odsl.serve.access.AuditLog;
import org.opendatasaveslives.odsl.serve.access.AuditedGraphStore;
import org.opendatasaveslives.odsl.serve.access.BasicAuthentication;
import org.opendatasaveslives.odsl.serve.access.ControlledQueryService;
import org.opendatasaveslives.odsl.serve.access.CorsFilter;
import org.opendatasaveslives.odsl.serve.access.CredentialsFilter;
import org.opendatasaveslives.odsl.serve.access.LoginServlet;
import org.opendatasaveslives.odsl.serve.access.ReleaseAccess;
import org.opendatasaveslives.odsl.serve.access.UserAccount;
import org.opendatasaveslives.odsl.serve.access.UsersFile;
import org.opendatasaveslives.odsl.serve.cache.ResponseCacheFilter;
import org.opendatasaveslives.odsl.serve.cache.WriteCommits;
import org.opendatasaveslives.odsl.serve.catalog.CatalogueRoutes;
import org.opendatasaveslives.odsl.serve.feedback.FeedbackLimits;
import org.opendatasaveslives.odsl.serve.feedback.FeedbackRoutes;
import org.opendatasaveslives.odsl.serve.linkeddata.LinkedDataRoutes;

/**
 * The ODSL Graph web server: embedded Fuseki serving one read-only dataset, {@code /odsl}, plus the YASGUI home page.
 * <ul>
 *   <li>SPARQL query at {@value #SPARQL_PATH} and {@value #QUERY_PATH}; the default graph is the union of the named
 *       graphs (one per source release), and {@code GRAPH ?g} still reaches each release.</li>
 *   <li>Graph Store Protocol read at {@value #GRAPH_STORE_PATH}: {@code ?graph=IRI} for one release, {@code ?default}
 *       for the union, no parameter for the whole dataset as quads.</li>
 *   <li>No update, no graph store write, no {@code SERVICE} to other endpoints, a query timeout.</li>
 *   <li>{@value #PING_PATH}, the home page at {@code /}, the example queries at {@code /queries.json}.</li>
 *   <li>Access control on every route: users from the users file authenticate with HTTP Basic; each user, and the
 *       anonymous user, reads the graphs of their roles only (jena-fuseki-access), a graph they may not read looking
 *       exactly like one that does not exist. Anonymous queries get a shorter timeout and a row cap; queries that can
 *       read restricted releases are written to the audit log. Other routes read through {@link #readableDataset()}.</li>
 *   <li>Linked data: {@code /id/...} answers 303 to {@code /doc/...}, resource documents and ontology terms
 *       ({@code /def/...}) in HTML and RDF (see {@link LinkedDataRoutes}).</li>
 *   <li>Repeated GETs of queries and documents are answered from memory while the data is unchanged, for users who
 *       read no restricted release (see {@link ResponseCacheFilter}).</li>
 *   <li>Feedback: {@code POST /feedback} stores a W3C Web Annotation, shown on pages and in the catalogue
 *       (see {@link FeedbackRoutes}).</li>
 * </ul>
 * Start with {@link #start(ServeConfig)}; the server runs in the background until {@link #stop()}.
 */
public final class OdslServer {
    public static final String DATASET_PATH = "/odsl";
    public static final String SPARQL_PATH = DATASET_PATH + "/sparql";
    public static final String QUERY_PATH = DATASET_PATH + "/query";
    public static final String GRAPH_STORE_PATH = DATASET_PATH + "/data";
    public static final String PING_PATH = "/$/ping";

    private static final long WEBJAR_MAX_AGE_SECONDS = 7 * 24 * 3600;
    private static final long OWN_ASSET_MAX_AGE_SECONDS = 300;
    private static final int POOLED_OUTPUT_BUFFERS = 16;

    private final FusekiServer fuseki;
    private final DatasetGraph dataset;
    private final boolean ownsDataset;
    private final String host;
    private final AccessControl access;
    private final AuditLog audit;
    private final Optional<WriteCommits> commits;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private OdslServer(FusekiServer fuseki, DatasetGraph dataset, boolean ownsDataset, String host,
                       AccessControl access, AuditLog audit, Optional<WriteCommits> commits) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.ownsDataset = ownsDataset;
        this.host = host;
        this.access = access;
        this.audit = audit;
        this.commits = commits;
    }

    /**
     * Opens the database (when the config names a folder), starts the server and returns once it accepts requests.
     *
     * @throws ServeException when the database is missing, not TDB2 or locked, or the port cannot be bound
     */
    public static OdslServer start(ServeConfig config) {
        boolean ownsDataset = config.dataset().isEmpty();
        DatasetGraph dataset = config.dataset().orElseGet(() -> TdbDatabase.open(config.database().orElseThrow()));
        AuditLog audit = null;
        Optional<WriteCommits> commits = Optional.empty();
        try {
            configure(dataset.getContext(), config);
            ReleaseAccess releases = ReleaseAccess.of(dataset);
            List<UserAccount> users = readUsers(config);
            AccessControl access = new AccessControl(dataset, releases, users);
            audit = releases.hasRestrictedGraphs() ? openAudit(config) : null;
            commits = watchForCache(dataset, config);
            FusekiServer fuseki = build(dataset, access, users, audit, commits, config);
            poolOutputBuffers(fuseki);
            bindTo(fuseki, config.host());
            startOrExplain(fuseki, config);
            return new OdslServer(fuseki, dataset, ownsDataset, config.host(), access, audit, commits);
        } catch (RuntimeException e) {
            closeQuietly(audit, e);
            commits.ifPresent(WriteCommits::close);
            if (ownsDataset) {
                TdbDatabase.release(dataset);
            }
            throw e;
        }
    }

    /**
     * A warning to show the operator when users could send passwords in clear text across a network: Basic
     * authentication on plain HTTP bound to an address other than loopback (with HTTPS, the HTTP port stays open on the
     * same address).
     */
    public static Optional<String> plainHttpWarning(ServeConfig config) {
        if (config.users().isEmpty() || isLoopback(config.host())) {
            return Optional.empty();
        }
        String advice = config.https().isPresent()
                ? " The HTTPS port is open, but so is the plain HTTP port (--port) on the same address: tell users to use"
                        + " https:// only, or block the HTTP port in the firewall."
                : " Serve with --https, or behind a proxy that terminates TLS on this machine (--host 127.0.0.1).";
        return Optional.of("WARNING: users log in with HTTP Basic over plain HTTP on " + config.host()
                + ": their passwords cross the network unencrypted." + advice);
    }

    /** What a request may read: the seam for routes outside Fuseki's SPARQL and Graph Store endpoints. */
    public ReadableDataset readableDataset() {
        return access;
    }

    /** The audit log file, when the data holds restricted releases. */
    public Optional<Path> auditLogFile() {
        return Optional.ofNullable(audit).map(AuditLog::file);
    }

    /** The port the server listens on (the one picked by the system when the config asked for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The HTTPS port, when the server was started with HTTPS (the one picked by the system for port 0). */
    public OptionalInt httpsPort() {
        int port = fuseki.getHttpsPort();
        return port > 0 ? OptionalInt.of(port) : OptionalInt.empty();
    }

    /** The address bound, as configured. */
    public String host() {
        return host;
    }

    /** The base URL to give to people, ending in {@code /}: the configured host, or localhost when bound to all interfaces. */
    public String baseUrl() {
        String name = switch (host) {
            case "0.0.0.0", "::", "[::]" -> "localhost";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return "http://" + name + ":" + port() + "/";
    }

    public String homeUrl() {
        return baseUrl();
    }

    public String sparqlUrl() {
        return baseUrl() + SPARQL_PATH.substring(1);
    }

    public String graphStoreUrl() {
        return baseUrl() + GRAPH_STORE_PATH.substring(1);
    }

    public String pingUrl() {
        return baseUrl() + PING_PATH.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and, if it opened the database, releases it; safe to call more than once. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            fuseki.stop();
        } finally {
            try {
                if (audit != null) {
                    audit.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close the audit log: " + e.getMessage(), e);
            } finally {
                commits.ifPresent(WriteCommits::close);
                if (ownsDataset) {
                    TdbDatabase.release(dataset);
                }
            }
        }
    }

    private static List<UserAccount> readUsers(ServeConfig config) {
        if (config.users().isEmpty()) {
            return List.of();
        }
        Path file = config.users().get();
        if (!Files.isRegularFile(file)) {
            throw new ServeException("Users file " + file.toAbsolutePath() + " does not exist."
                    + " Create it with 'odsl user add NAME --role ROLE --users " + file + "'.");
        }
        try {
            return UsersFile.read(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ServeException("Cannot use the users file: " + e.getMessage(), e);
        }
    }

    private static AuditLog openAudit(ServeConfig config) {
        try {
            return AuditLog.open(config.auditLog());
        } catch (UncheckedIOException e) {
            throw new ServeException(e.getMessage() + ". Choose another file with --audit-log.", e);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void closeQuietly(AuditLog audit, RuntimeException failure) {
        if (audit == null) {
            return;
        }
        try {
            audit.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void configure(Context context, ServeConfig config) {
        // Read by the TDB2 query engine: the default graph of a query is the union of the named graphs.
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.queryTimeout, config.queryTimeout().toMillis());
    }

    private static FusekiServer build(DatasetGraph dataset, AccessControl access, List<UserAccount> users, AuditLog audit,
                                      Optional<WriteCommits> commits, ServeConfig config) {
        DataService service = DataService.newBuilder(access.controlledDataset())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data")
                // Plain dataset URL, as Fuseki clients expect: /odsl?query=... and /odsl?graph=...
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "")
                .build();
        ExampleQueryAudience queries = ExampleQueryAudience.of(loadQueries(config.exampleQueries()),
                request -> access.viewFor(request.getRemoteUser()).readsRestricted());
        FusekiServer.Builder builder = FusekiServer.create();
        if (config.users().isPresent()) {
            builder.securityHandler(BasicAuthentication.securityHandler(users));
        }
        config.https().ifPresent(https -> builder.https(config.httpsPort(), https.toString()));
        if (!config.corsOrigins().isEmpty()) {
            builder.addFilter("/*", new CorsFilter(config.corsOrigins()));
        }
        try {
            builder
                    .port(config.port())
                    .add(DATASET_PATH, service)
                    .enablePing(true)
                    .addFilter(DATASET_PATH, new QuerySizeFilter())
                    .addFilter(DATASET_PATH + "/*", new QuerySizeFilter())
                    .addFilter("/*", new MalformedParametersFilter())
                    .addFilter("/*", new CredentialsFilter())
                    .addFilter(GRAPH_STORE_PATH, new UnionDefaultGraphFilter())
                    .addFilter(DATASET_PATH, new UnionDefaultGraphFilter())
                    .addServlet("", new HomePageServlet(queries))
                    .addServlet(QueriesJsonServlet.PATH, new QueriesJsonServlet(queries))
                    .addServlet(QueryFileServlet.PATH_SPEC, new QueryFileServlet(queries))
                    .addServlet(BasicAuthentication.LOGIN_PATH, new LoginServlet())
                    .addServlet("/" + HomePage.YASGUI_PATH + "*",
                            new ClasspathResourceServlet(YasguiWebjar.buildFolder(), WEBJAR_MAX_AGE_SECONDS))
                    .addServlet("/static/*", new ClasspathResourceServlet("odsl/web/", OWN_ASSET_MAX_AGE_SECONDS));
            commits.ifPresent(watched -> builder.addFilter("/*", responseCache(watched, access, config)));
            FeedbackRoutes feedback = new FeedbackRoutes(dataset, access, config.uriSpace(), FeedbackLimits.DEFAULT);
            LinkedDataRoutes.addTo(builder, access, config.uriSpace(), feedback.pageSection());
            CatalogueRoutes.addTo(builder, access, config.uriSpace().base() + "/id/", feedback.catalogueSection());
            feedback.addTo(builder);
            FusekiServer fuseki = builder.build();
            useControlledOperations(fuseki, access, audit, config);
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the example queries: " + e.getMessage(), e);
        }
    }

    /**
     * For a dataset under access control, Fuseki 5.6 gives every endpoint jena-fuseki-access's own operations, which
     * name the user with {@code DataAccessCtl.requestUserServlet} (anonymous then reads nothing) and know nothing of
     * the limits or the audit log; its query operation's TDB2 filter is also bypassed by property paths and DESCRIBE.
     * Replace them, before the server starts, with ours; an endpoint of another kind left with Fuseki's fails closed
     * for anonymous users but must be checked before it is added.
     */
    private static void useControlledOperations(FusekiServer fuseki, AccessControl access, AuditLog audit, ServeConfig config) {
        ControlledQueryService query = new ControlledQueryService(access, config.queryLimits(), audit);
        AuditedGraphStore graphStore = new AuditedGraphStore(access, audit);
        fuseki.getDataAccessPointRegistry().get(DATASET_PATH).getDataService().forEachEndpoint(endpoint -> {
            if (endpoint.getOperation() == Operation.Query) {
                endpoint.setProcessor(query);
            } else if (endpoint.getOperation() == Operation.GSP_R) {
                endpoint.setProcessor(graphStore);
            }
        });
    }

    /**
     * Replays repeated GETs of SPARQL queries and linked-data documents to users who read no restricted release (their
     * reads go to the audit log, one entry per read). Needs a TDB2 dataset, whose commits tell when feedback changed
     * the data; no other dataset reports that.
     */
    private static Optional<WriteCommits> watchForCache(DatasetGraph dataset, ServeConfig config) {
        return config.responseCacheBytes() == 0 ? Optional.empty() : WriteCommits.watch(dataset);
    }

    private static ResponseCacheFilter responseCache(WriteCommits commits, AccessControl access, ServeConfig config) {
        return new ResponseCacheFilter(config.responseCacheBytes(), commits,
                request -> isCachedRoute(request.getRequestURI())
                        && !access.viewFor(request.getRemoteUser()).readsRestricted());
    }

    private static boolean isCachedRoute(String path) {
        return path.equals(DATASET_PATH) || path.equals(SPARQL_PATH) || path.equals(QUERY_PATH)
                || path.startsWith("/doc") || path.startsWith("/def");
    }

    private static List<ExampleQuery> loadQueries(ExampleQueries source) {
        try {
            return source.load();
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new ServeException("Cannot load the example queries: " + e.getMessage(), e);
        }
    }

    /**
     * Fuseki gives every response a 5 MB output buffer (so that an error found while writing a result that fits can
     * still be answered with an error status), far above the largest buffer Jetty's default pool keeps (64 KB): each
     * response written in pieces (ping, SPARQL results) allocated and zeroed a new direct buffer and, once those piled
     * up faster than garbage collection freed them, waited for a collection: more than half of a lookup's time
     * (docs/performance.md, {@code odsl bench serve}). Connectors with a pool that also keeps buffers of that size, up
     * to {@value #POOLED_OUTPUT_BUFFERS} of them, avoid it; responses are written exactly as before.
     */
    private static void poolOutputBuffers(FusekiServer fuseki) {
        Server jetty = fuseki.getJettyServer();
        Connector[] connectors = jetty.getConnectors();
        for (int i = 0; i < connectors.length; i++) {
            HttpConnectionFactory http = connectors[i].getConnectionFactory(HttpConnectionFactory.class);
            if (connectors[i] instanceof ServerConnector original && http != null) {
                long size = http.getHttpConfiguration().getOutputBufferSize();
                // Jetty's default bucket step (factor 0), its largest buffer raised to the output buffer.
                ByteBufferPool pool = new ArrayByteBufferPool(0, 0, (int) size, -1, POOLED_OUTPUT_BUFFERS * size,
                        POOLED_OUTPUT_BUFFERS * size);
                ServerConnector pooled = new ServerConnector(jetty, null, null, pool, -1, -1,
                        original.getConnectionFactories().toArray(ConnectionFactory[]::new));
                pooled.setPort(original.getPort());
                pooled.setHost(original.getHost());
                connectors[i] = pooled;
            }
        }
        jetty.setConnectors(connectors);
    }

    // The Fuseki builder can only bind to all interfaces or to loopback; the host is set on the connectors instead.
    private static void bindTo(FusekiServer fuseki, String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
    }

    private static void startOrExplain(FusekiServer fuseki, ServeConfig config) {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopQuietly(fuseki, e);
            if (hasCause(e, BindException.class)) {
                String reason = rootMessage(e);
                String advice = reason.contains("in use")
                        ? "Stop the other server on that port, or choose another port with --port."
                        : "Use --host with an address of this machine, such as 127.0.0.1 or 0.0.0.0.";
                throw new ServeException("Cannot listen on " + config.host() + ":" + config.port() + ": " + reason + ". " + advice, e);
            }
            if (hasCause(e, UnresolvedAddressException.class)) {
                throw new ServeException("Cannot listen on " + config.host() + ": the host name does not resolve."
                        + " Use --host with an address of this machine, such as 127.0.0.1 or 0.0.0.0.", e);
            }
            throw e;
        }
    }

    private static void stopQuietly(FusekiServer fuseki, RuntimeException failure) {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
