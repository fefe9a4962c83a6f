package org.opendatasaveslives.odsl.publish;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The triples of one named graph as N-Triples batches of at most {@code size} triples, read one batch at a time from
 * the store (use inside a read transaction). The order is the store's index order, the same on every run while the
 * graph is unchanged, which lets a rerun skip the batches a target already confirmed. There is always a first batch,
 * empty for an empty graph, so that a graph is always replaced.
 */
final class TripleBatches implements Iterator<Batch>, AutoCloseable {
    private final Iterator<Quad> quads;
    private final int size;
    private long number;

    TripleBatches(DatasetGraph dsg, Node graph, int size) {
        this.quads = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        this.size = size;
    }

    @Override
    public boolean hasNext() {
        return number == 0 || quads.hasNext();
    }

    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(size * 160);
        StreamRDF writer = StreamRDFWriter.getWriterStream(body, Lang.NTRIPLES);
        writer.start();
        long triples = 0;
        while (triples < size && quads.hasNext()) {
            writer.triple(quads.next().asTriple());
            triples++;
        }
        writer.finish();
        return new Batch(++number, triples, body.toByteArray());
    }

    @Override
    public void close() {
        Iter.close(quads);
    }
}
