package org.opendatasaveslives.odsl.map;

import org.apache.jena.graph.Node;

/**
 * The nodes a term map made lately, by the text they were made from: records repeat codes, categories, months and
 * places, so a repeat skips the IRI check or datatype validation and returns the very same node, which the N-Triples
 * writer then copies from the bytes it encoded last time. Direct-mapped: a slot keeps the last text that landed in it.
 * A term map whose values hardly ever repeat (record identifiers) stops looking after a while.
 * Safe to share between threads: a reader sees either an old entry or a new one, each whole; the counts are only a hint.
 */
final class RecentNodes {
    private static final int SLOTS = 64;
    private static final int TRIAL = 1024;

    private record Entry(String text, Node node) {
    }

    private final Entry[] entries = new Entry[SLOTS];
    private int misses;
    private int hits;
    private boolean off;

    /** The node made from this text, if it is still here. */
    Node get(String text) {
        if (off) {
            return null;
        }
        Entry entry = entries[slot(text)];
        if (entry != null && entry.text.equals(text)) {
            hits++;
            return entry.node;
        }
        if (++misses == TRIAL) {
            off = hits < TRIAL / 8;
        }
        return null;
    }

    /** Keeps the node made from this text and returns it. */
    Node put(String text, Node node) {
        if (!off) {
            entries[slot(text)] = new Entry(text, node);
        }
        return node;
    }

    // From the length and the last characters, where texts made from the same template or function differ: a full
    // String.hashCode of every new text cost more than the cache saved.
    private static int slot(String text) {
        int length = text.length();
        int h = length;
        for (int i = Math.max(0, length - 6); i < length; i++) {
            h = 31 * h + text.charAt(i);
        }
        return (h ^ (h >>> 7)) & (SLOTS - 1);
    }
}
