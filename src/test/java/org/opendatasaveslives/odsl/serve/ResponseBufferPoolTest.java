package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/**
 * Fuseki gives every response a 5 MB output buffer, larger than Jetty's default pool keeps: the server's connectors
 * reuse those buffers instead of allocating a new direct buffer for every response (which made ping slower than a
 * page and cost a SPARQL lookup most of its time; see docs/performance.md).
 */
class ResponseBufferPoolTest {
    private static final long OUTPUT_BUFFER_BYTES = 5L * 1024 * 1024;
    private static final int PINGS = 40;

    @Test
    void responsesReuseTheirOutputBuffers() throws Exception {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        OdslServer server = OdslServer.start(ServeConfig.forDataset(dataset).port(0)
                .exampleQueries(ExampleQueries.onClasspath("none")).build());
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ping = HttpRequest.newBuilder(URI.create(server.pingUrl())).GET().build();
            assertEquals(200, http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode());
            long before = directMemoryUsed();
            for (int i = 0; i < PINGS; i++) {
                assertEquals(200, http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode());
            }
            long grown = directMemoryUsed() - before;
            // Unpooled, each ping holds a fresh 5 MB until a garbage collection happens to free it: 200 MB here.
            assertTrue(grown < 4 * OUTPUT_BUFFER_BYTES, "direct memory grew by " + grown / (1024 * 1024) + " MB over "
                    + PINGS + " pings");
        } finally {
            server.stop();
        }
    }

    private static long directMemoryUsed() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }
}
