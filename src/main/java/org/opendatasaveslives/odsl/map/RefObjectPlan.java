package org.opendatasaveslives.odsl.map;

/** An {@code rml:RefObjectMap}: the parent's subject, by hash join or (without join condition) on the same record. */
final class RefObjectPlan {
    final TriplesMapPlan parent;
    /** The child side of each join condition (null without join). */
    final TermGen[] childKeys;
    final JoinIndexSpec index;

    RefObjectPlan(TriplesMapPlan parent, TermGen[] childKeys, JoinIndexSpec index) {
        this.parent = parent;
        this.childKeys = childKeys;
        this.index = index;
    }
}
