package org.opendatasaveslives.odsl.publish;

/**
 * How far a graph got at a target: the batches the target confirmed (2xx) with their triple count and the SHA-256 of
 * their bodies in order, and whether that was the whole graph. A rerun re-reads the same batches and compares the
 * digest: equal means the target holds exactly them, so it goes on (or skips a complete graph); different means the
 * graph changed and is sent again from a first PUT.
 */
record GraphProgress(int batchTriples, long batches, long triples, String sha256, boolean complete) {
}
