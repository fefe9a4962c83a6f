package org.opendatasaveslives.odsl.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A second, plain Fuseki as the publication target: an in-memory dataset with a read-write Graph Store endpoint at
 * {@code /ds/data}, every request behind a login (Basic or Digest) that lets only {@link #USER} in. It counts the graph
 * writes that pass the login and can be told to answer some of them 503, as an overloaded or restarting store does.
 */
final class TargetFuseki implements AutoCloseable {
    static final String USER = "publisher";
    static final String PASSWORD = "correct-horse-battery-staple";
    /** A user the target knows but does not let in (403). */
    static final String OTHER_USER = "reader";

    final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final FusekiServer server;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile int failFrom = Integer.MAX_VALUE;
    private volatile int failUntil = Integer.MAX_VALUE;

    TargetFuseki(Path dir, AuthScheme scheme) throws IOException {
        Path passwords = dir.resolve("target-passwords-" + scheme);
        Files.writeString(passwords, USER + ": " + PASSWORD + "\n" + OTHER_USER + ": " + PASSWORD + "\n");
        Filter counting = (request, response, chain) -> {
            String method = ((HttpServletRequest) request).getMethod();
            if (method.equals("PUT") || method.equals("POST")) {
                int write = writes.incrementAndGet();
                if (write >= failFrom && write <= failUntil) {
                    ((HttpServletResponse) response).sendError(503, "target unavailable (test)");
                    return;
                }
            }
            chain.doFilter(request, response);
        };
        server = FusekiServer.create().port(0).loopback(true)
            .passwordFile(passwords.toString()).auth(scheme).serverAuthPolicy(Auth.policyAllowSpecific(USER))
            .add("/ds", dataset, true)
            .addFilter("/*", counting)
            .build().start();
    }

    String url() {
        return "http://localhost:" + server.getHttpPort() + "/ds/data";
    }

    /** Graph writes (PUT or POST) that passed the login, failed ones included. */
    int writes() {
        return writes.get();
    }

    /** Writes numbered from {@code first} to {@code last} (counting from 1 since the start) answer 503. */
    void failWrites(int first, int last) {
        failFrom = first;
        failUntil = last;
    }

    void recover() {
        failFrom = Integer.MAX_VALUE;
    }

    @Override
    public void close() {
        server.stop();
    }
}
