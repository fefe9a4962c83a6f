package org.opendatasaveslives.odsl.publish;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Publishes named graphs one after the other, printing a line per graph as it finishes and totals at the end; the
 * graphs finished before a failure stay listed.
 */
public final class Publication {
    private final GraphPublisher publisher;
    private final PrintWriter out;

    public Publication(DatasetGraph dsg, GraphStoreClient client, PublishState state, int batchTriples, PrintWriter out) {
        this.publisher = new GraphPublisher(dsg, client, state, batchTriples);
        this.out = out;
    }

    public void publish(List<Node> graphs) throws PublishException {
        long started = System.nanoTime();
        List<GraphReport> reports = new ArrayList<>();
        for (Node graph : graphs) {
            GraphReport report = publisher.publish(graph);
            reports.add(report);
            out.println(line(report));
            out.flush();
        }
        out.println(totals(reports, Duration.ofNanos(System.nanoTime() - started)));
    }

    private static String line(GraphReport r) {
        if (r.outcome() == GraphReport.Outcome.UNCHANGED) {
            return String.format("%s: %s (%,d triples)", r.graph(), r.outcome().description(), r.triples());
        }
        String resumed = r.outcome() == GraphReport.Outcome.RESUMED
            ? " at batch " + (r.batchesConfirmedBefore() + 1) : "";
        return String.format("%s: %s%s; %,d triples, %,d sent in %,d batch(es), %s, %s triples/s", r.graph(),
            r.outcome().description(), resumed, r.triples(), r.triplesSent(), r.batchesSent(), seconds(r.time()),
            rate(r.triplesSent(), r.time()));
    }

    private static String totals(List<GraphReport> reports, Duration time) {
        long sent = reports.stream().mapToLong(GraphReport::triplesSent).sum();
        long batches = reports.stream().mapToLong(GraphReport::batchesSent).sum();
        long skipped = reports.stream().filter(r -> r.outcome() == GraphReport.Outcome.UNCHANGED).count();
        return String.format("total: %d graph(s) (%d unchanged, skipped), %,d triples sent in %,d batch(es), %s,"
            + " %s triples/s", reports.size(), skipped, sent, batches, seconds(time), rate(sent, time));
    }

    private static String seconds(Duration time) {
        return String.format("%.1f s", time.toMillis() / 1000.0);
    }

    private static String rate(long triples, Duration time) {
        return time.toMillis() == 0 ? "-" : String.format("%,d", triples * 1000 / time.toMillis());
    }
}
