package org.opendatasaveslives.odsl.publish;

/** One request's worth of a graph: its number in the graph (from 1), its triple count and its N-Triples body. */
record Batch(long number, long triples, byte[] body) {
    boolean first() {
        return number == 1;
    }
}
