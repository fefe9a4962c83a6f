package org.opendatasaveslives.odsl.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * What {@link OdslServer} serves and how: either a TDB2 database folder (opened, checked and locked by the server)
 * or a dataset the caller already holds, plus the network and query settings.
 * <p>
 * Start from {@link #forDatabase(Path)} or {@link #forDataset(DatasetGraph)}; every other setting has a default.
 */
public final class ServeConfig {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    private final Path database;
    private final DatasetGraph dataset;
    private final int port;
    private final String host;
    private final Duration queryTimeout;
    private final ExampleQueries exampleQueries;
    private final UriSpace uriSpace;

    private ServeConfig(Builder builder) {
        this.database = builder.database;
        this.dataset = builder.dataset;
        this.port = builder.port;
        this.host = builder.host;
        this.queryTimeout = builder.queryTimeout;
        this.exampleQueries = builder.exampleQueries;
        this.uriSpace = builder.uriSpace;
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

    public static final class Builder {
        private final Path database;
        private final DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private ExampleQueries exampleQueries = ExampleQueries.shipped();
        private UriSpace uriSpace = UriSpace.of(Odsl.DEFAULT_BASE);

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

        public ServeConfig build() {
            return new ServeConfig(this);
        }
    }
}
