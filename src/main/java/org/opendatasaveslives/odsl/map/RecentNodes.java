package org.opendatasaveslives.odsl.map;

import org.apache.jena.graph.Node;

/**
 * The nodes a term map made lately, by the text they were made from: records repeat codes, categories, months and
 * places, so a repeat skips the IRI check or datatype validation and returns the very same node, which the N-Triples
 * writer then copies from the bytes it encoded last time. Direct-mapped: a slot keeps the last text that hashed to it.
 * Safe to share between threads: a reader sees either an old entry or a new one, each whole.
 */
final class RecentNodes {
    private static final int SLOTS = 64;

    private record Entry(String text, Node node) {
    }

    private final Entry[] entries = new Entry[SLOTS];

    /** The node made from this text, if it is still here. */
    Node get(String text) {
        Entry entry = entries[slot(text)];
        return entry != null && entry.text.equals(text) ? entry.node : null;
    }

    /** Keeps the node made from this text and returns it. */
    Node put(String text, Node node) {
        entries[slot(text)] = new Entry(text, node);
        return node;
    }

    private static int slot(String text) {
        int h = text.hashCode();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
