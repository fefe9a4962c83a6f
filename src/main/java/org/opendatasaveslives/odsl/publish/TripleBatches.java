package org.opendatasaveslives.odsl.publish;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The triples of one named graph as N-Triples batches of {@code size} triples, read one batch at a time from the store
 * (use inside a read transaction). The order is the store's index order, the same on every run while the graph is
 * unchanged, which lets a rerun skip the batches a target already confirmed.
 * <p>
 * A blank node's label means the same node only within one request, so every triple with a blank node goes in the
 * first batch (beyond {@code size} if need be): ODSL's mappings mint IRIs, leaving blank nodes to the ontology's
 * OWL constructs. There is always a first batch, empty for an empty graph, so that the graph is always replaced.
 */
final class TripleBatches implements Iterator<Batch>, AutoCloseable {
    private final DatasetGraph dsg;
    private final Node graph;
    private final Iterator<Quad> quads;
    private final int size;
    private Triple pending;
    private long number;

    TripleBatches(DatasetGraph dsg, Node graph, int size) {
        this.dsg = dsg;
        this.graph = graph;
        this.quads = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        this.size = size;
    }

    @Override
    public boolean hasNext() {
        return number == 0 || nextWithoutBlankNode() != null;
    }

    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(size * 160);
        StreamRDF writer = StreamRDFWriter.getWriterStream(body, Lang.NTRIPLES);
        writer.start();
        long triples = number == 0 ? writeBlankNodeTriples(writer) : 0;
        for (long n = 0; n < size && nextWithoutBlankNode() != null; n++) {
            writer.triple(pending);
            pending = null;
            triples++;
        }
        writer.finish();
        return new Batch(++number, triples, body.toByteArray());
    }

    private long writeBlankNodeTriples(StreamRDF writer) {
        Iterator<Quad> all = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        long triples = 0;
        try {
            while (all.hasNext()) {
                Quad quad = all.next();
                if (hasBlankNode(quad)) {
                    writer.triple(quad.asTriple());
                    triples++;
                }
            }
        } finally {
            Iter.close(all);
        }
        return triples;
    }

    private Triple nextWithoutBlankNode() {
        while (pending == null && quads.hasNext()) {
            Quad quad = quads.next();
            if (!hasBlankNode(quad)) {
                pending = quad.asTriple();
            }
        }
        return pending;
    }

    private static boolean hasBlankNode(Quad quad) {
        return quad.getSubject().isBlank() || quad.getObject().isBlank();
    }

    @Override
    public void close() {
        Iter.close(quads);
    }
}
