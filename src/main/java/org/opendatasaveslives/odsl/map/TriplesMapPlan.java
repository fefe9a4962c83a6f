package org.opendatasaveslives.odsl.map;

import org.apache.jena.graph.Node;

/** A compiled triples map. */
final class TriplesMapPlan {
    final String name;
    final int index;
    SourcePlan source;
    TermGen subject;
    Node[] classes = new Node[0];
    TermGen[] subjectGraphs = new TermGen[0];
    PomPlan[] poms = new PomPlan[0];

    TriplesMapPlan(String name, int index) {
        this.name = name;
        this.index = index;
    }

    @Override
    public String toString() {
        return name;
    }
}
