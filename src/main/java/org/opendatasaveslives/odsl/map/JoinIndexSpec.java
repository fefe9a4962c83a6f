package org.opendatasaveslives.odsl.map;

/** A hash index of a parent triples map's subjects by its join values, built once per run. */
final class JoinIndexSpec {
    final TriplesMapPlan parent;
    /** The parent side of each join condition, evaluated on the parent's records. */
    final TermGen[] parentKeys;
    final int id;

    JoinIndexSpec(TriplesMapPlan parent, TermGen[] parentKeys, int id) {
        this.parent = parent;
        this.parentKeys = parentKeys;
        this.id = id;
    }
}
