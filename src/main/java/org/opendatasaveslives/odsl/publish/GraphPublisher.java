package org.opendatasaveslives.odsl.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.publish.GraphReport.Outcome;

/**
 * Publishes one named graph from a read transaction: skips it when the target already confirmed all of it and it is
 * unchanged, continues after the last confirmed batch when the batches before are unchanged, and otherwise sends it
 * from a first PUT. Progress is recorded after every confirmed batch; the next batch is read while one is sent.
 */
final class GraphPublisher {
    private final DatasetGraph dsg;
    private final GraphStoreClient client;
    private final PublishState state;
    private final int batchTriples;

    GraphPublisher(DatasetGraph dsg, GraphStoreClient client, PublishState state, int batchTriples) {
        this.dsg = dsg;
        this.client = client;
        this.state = state;
        this.batchTriples = batchTriples;
    }

    GraphReport publish(Node graph) throws PublishException {
        long started = System.nanoTime();
        String iri = graph.getURI();
        dsg.begin(TxnType.READ);
        try {
            Optional<GraphProgress> before = state.progress(iri).filter(p -> p.batchTriples() == batchTriples);
            if (before.isPresent()) {
                try (TripleBatches batches = new TripleBatches(dsg, graph, batchTriples)) {
                    Sent replayed = replay(batches, before.get());
                    if (replayed != null && before.get().complete()) {
                        return new GraphReport(iri, Outcome.UNCHANGED, replayed.triples, 0, 0, replayed.batches,
                            since(started));
                    }
                    if (replayed != null) {
                        return send(iri, batches, replayed, Outcome.RESUMED, started);
                    }
                }
            }
            Outcome outcome = state.progress(iri).isPresent() ? Outcome.CHANGED : Outcome.PUBLISHED;
            try (TripleBatches batches = new TripleBatches(dsg, graph, batchTriples)) {
                return send(iri, batches, new Sent(sha256()), outcome, started);
            }
        } finally {
            dsg.end();
        }
    }

    /** Re-reads the batches the target confirmed; null when they are no longer what was sent. */
    private Sent replay(TripleBatches batches, GraphProgress before) {
        Sent replayed = new Sent(sha256());
        while (replayed.batches < before.batches() && batches.hasNext()) {
            replayed.add(batches.next());
        }
        boolean same = replayed.batches == before.batches() && replayed.sha256().equals(before.sha256())
            && (!before.complete() || !batches.hasNext());
        return same ? replayed : null;
    }

    private GraphReport send(String iri, TripleBatches batches, Sent sent, Outcome outcome, long started)
            throws PublishException {
        long confirmedBefore = sent.batches;
        long triplesBefore = sent.triples;
        ExecutorService sender = Executors.newSingleThreadExecutor(GraphPublisher::senderThread);
        try {
            Batch inFlight = null;
            Future<?> sending = null;
            while (true) {
                // The next batch is read while the last one travels: reading must stay on this thread, which holds
                // the read transaction; sending need not.
                Batch next = batches.hasNext() ? batches.next() : null;
                if (inFlight != null) {
                    await(sending);
                    sent.add(inFlight);
                    state.record(iri, new GraphProgress(batchTriples, sent.batches, sent.triples, sent.sha256(),
                        next == null));
                }
                if (next == null) {
                    break;
                }
                inFlight = next;
                sending = sender.submit(() -> {
                    client.send(iri, next);
                    return null;
                });
            }
        } finally {
            sender.shutdownNow();
        }
        return new GraphReport(iri, outcome, sent.triples, sent.triples - triplesBefore, sent.batches - confirmedBefore,
            confirmedBefore, since(started));
    }

    private static void await(Future<?> sending) throws PublishException {
        try {
            sending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PublishException failure) {
                throw failure;
            }
            throw new IllegalStateException("sending a batch failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting for the target");
        }
    }

    private static Thread senderThread(Runnable task) {
        Thread thread = new Thread(task, "odsl-publish-sender");
        thread.setDaemon(true);
        return thread;
    }

    /** The batches of a graph read so far, and the digest of their bodies. */
    private static final class Sent {
        private final MessageDigest digest;
        private long batches;
        private long triples;

        Sent(MessageDigest digest) {
            this.digest = digest;
        }

        void add(Batch batch) {
            digest.update(batch.body());
            batches++;
            triples += batch.triples();
        }

        String sha256() {
            try {
                return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
