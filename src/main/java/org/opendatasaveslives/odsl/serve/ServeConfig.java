package org.opendatasaveslives.odsl.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;
import org.opendatasaveslives.odsl.vocab.Odsl;
import org.opendatasaveslives.odsl.serve.access.CorsFilter;
import org.opendatasaveslives.odsl.serve.access.QueryLimits;

/**
 * What {@link OdslServer} serves and how: either a TDB2 database folder (opened, checked and locked by the server)
 * or a dataset the caller already holds, plus the network, query and access settings.
 * <p>
 * Start from {@link #forDatabase(Path)} or {@link #forDataset(DatasetGraph)}; every other setting has a default.
 */
public final class ServeConfig {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_ANONYMOUS_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_ANONYMOUS_ROW_LIMIT = 10_000;
    public static final int DEFAULT_HTTPS_PORT = 3043;
    public static final long DEFAULT_RESPONSE_CACHE_BYTES = 64L << 20;
    /** Where the audit log goes when the config names none and the server was given a dataset rather than a folder. */
    public static final Path FALLBACK_AUDIT_LOG = Path.of("run", "odsl-audit.jsonl");

    private final Path database;
    private final DatasetGraph dataset;
    private final int port;
    private final String host;
    private final Duration queryTimeout;
    private final ExampleQueries exampleQueries;
    private final UriSpace uriSpace;
    private final Duration anonymousTimeout;
    private final long anonymousRowLimit;
    private final Path users;
    private final Path auditLog;
    private final List<String> corsOrigins;
    private final Path https;
    private final int httpsPort;
    private final long responseCacheBytes;

    private ServeConfig(Builder builder) {
        this.database = builder.database;
        this.dataset = builder.dataset;
        this.port = builder.port;
        this.host = builder.host;
        this.queryTimeout = builder.queryTimeout;
        this.exampleQueries = builder.exampleQueries;
        this.uriSpace = builder.uriSpace;
        this.anonymousTimeout = builder.anonymousTimeout;
        this.anonymousRowLimit = builder.anonymousRowLimit;
        this.users = builder.users;
        this.auditLog = builder.auditLog;
        this.corsOrigins = List.copyOf(builder.corsOrigins);
        this.https = builder.https;
        this.httpsPort = builder.httpsPort;
        this.responseCacheBytes = builder.responseCacheBytes;
    }

    /** Serve the TDB2 database in this folder. */
    public static Builder forDatabase(Path database) {
        return new Builder(Objects.requireNonNull(database, "database"), null);
    }

    /**
     * Serve a dataset opened by the caller, who closes it after {@link OdslServer#stop()}. The server sets the union
     * default graph, the query timeout and the SERVICE ban on the dataset's context; the union default graph only
     * applies to TDB2 datasets.
     */
    public static Builder forDataset(DatasetGraph dataset) {
        return new Builder(null, Objects.requireNonNull(dataset, "dataset"));
    }

    /** The TDB2 folder to open, if the server opens the database itself. */
    public Optional<Path> database() {
        return Optional.ofNullable(database);
    }

    /** The dataset supplied by the caller, if any. */
    public Optional<DatasetGraph> dataset() {
        return Optional.ofNullable(dataset);
    }

    /** The HTTP port; 0 picks a free port (see {@link OdslServer#port()}). */
    public int port() {
        return port;
    }

    /** The interface to bind to, e.g. {@code 127.0.0.1} (local only) or {@code 0.0.0.0} (all). */
    public String host() {
        return host;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    public ExampleQueries exampleQueries() {
        return exampleQueries;
    }

    /** The URIs the data was minted with, which the linked-data pages answer for. */
    public UriSpace uriSpace() {
        return uriSpace;
    }

    /** The timeouts for authenticated and anonymous users and the anonymous row cap. */
    public QueryLimits queryLimits() {
        return new QueryLimits(queryTimeout, anonymousTimeout, anonymousRowLimit);
    }

    /** The users file ({@code odsl user add} writes it); without one every request is anonymous. */
    public Optional<Path> users() {
        return Optional.ofNullable(users);
    }

    /**
     * The audit log: as configured, else {@code DB-audit.jsonl} beside the database folder, else
     * {@link #FALLBACK_AUDIT_LOG}. Written only when the data holds restricted releases.
     */
    public Path auditLog() {
        if (auditLog != null) {
            return auditLog;
        }
        if (database != null) {
            Path absolute = database.toAbsolutePath().normalize();
            return absolute.resolveSibling(absolute.getFileName() + "-audit.jsonl");
        }
        return FALLBACK_AUDIT_LOG;
    }

    /** Origins allowed to read responses from a browser page on another site; empty means no CORS at all. */
    public List<String> corsOrigins() {
        return corsOrigins;
    }

    /** Fuseki's HTTPS settings file ({@code {"keystore": FILE, "passwd": PASSWORD}}), if HTTPS is on. */
    public Optional<Path> https() {
        return Optional.ofNullable(https);
    }

    public int httpsPort() {
        return httpsPort;
    }

    /** Memory for answers replayed to repeated requests (see {@code ResponseCacheFilter}); 0 turns the cache off. */
    public long responseCacheBytes() {
        return responseCacheBytes;
    }

    public static final class Builder {
        private final Path database;
        private final DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private ExampleQueries exampleQueries = ExampleQueries.shipped();
        private UriSpace uriSpace = UriSpace.of(Odsl.DEFAULT_BASE);
        private Duration anonymousTimeout = DEFAULT_ANONYMOUS_TIMEOUT;
        private long anonymousRowLimit = DEFAULT_ANONYMOUS_ROW_LIMIT;
        private Path users;
        private Path auditLog;
        private final List<String> corsOrigins = new ArrayList<>();
        private Path https;
        private int httpsPort = DEFAULT_HTTPS_PORT;
        private long responseCacheBytes = DEFAULT_RESPONSE_CACHE_BYTES;

        private Builder(Path database, DatasetGraph dataset) {
            this.database = database;
            this.dataset = dataset;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is out of range: expected 0 (any free port) to 65535");
            }
            this.port = port;
            return this;
        }

        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("Host is empty: expected an address such as 127.0.0.1 or 0.0.0.0");
            }
            this.host = host;
            return this;
        }

        public Builder queryTimeout(Duration queryTimeout) {
            if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("Query timeout " + queryTimeout + " is not positive");
            }
            this.queryTimeout = queryTimeout;
            return this;
        }

        public Builder exampleQueries(ExampleQueries exampleQueries) {
            this.exampleQueries = Objects.requireNonNull(exampleQueries, "exampleQueries");
            return this;
        }

        /** The base the data's URIs were minted with (odsl build --base), such as https://odsl.org.uk. */
        public Builder base(String base) {
            this.uriSpace = UriSpace.of(base);
            return this;
        }

        /** The timeout of anonymous queries; a longer one than {@link #queryTimeout} is cut to it. */
        public Builder anonymousTimeout(Duration anonymousTimeout) {
            if (anonymousTimeout == null || anonymousTimeout.isNegative() || anonymousTimeout.isZero()) {
                throw new IllegalArgumentException("Anonymous query timeout " + anonymousTimeout + " is not positive");
            }
            this.anonymousTimeout = anonymousTimeout;
            return this;
        }

        public Builder anonymousRowLimit(long rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("Anonymous row limit " + rows + " must be at least 1");
            }
            this.anonymousRowLimit = rows;
            return this;
        }

        public Builder users(Path users) {
            this.users = Objects.requireNonNull(users, "users");
            return this;
        }

        public Builder auditLog(Path auditLog) {
            this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
            return this;
        }

        /** Allows one more origin ({@code https://example.org}) to read responses from browser pages; never {@code *}. */
        public Builder corsOrigin(String origin) {
            CorsFilter.checkOrigin(origin);
            this.corsOrigins.add(origin);
            return this;
        }

        /** Serves HTTPS on {@code port} too, with the key store named in Fuseki's https.json settings file. */
        public Builder https(Path settings, int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("HTTPS port " + port + " is out of range: expected 0 to 65535");
            }
            this.https = Objects.requireNonNull(settings, "settings");
            this.httpsPort = port;
            return this;
        }

        /** Memory for replayed answers, in bytes; 0 turns the response cache off. */
        public Builder responseCacheBytes(long bytes) {
            if (bytes != 0 && bytes < 1 << 20) {
                throw new IllegalArgumentException("Response cache of " + bytes + " bytes: expected 0 (off) or at least 1 MB");
            }
            this.responseCacheBytes = bytes;
            return this;
        }

        public ServeConfig build() {
            return new ServeConfig(this);
        }
    }
}
