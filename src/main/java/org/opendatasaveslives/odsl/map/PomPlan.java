package org.opendatasaveslives.odsl.map;

/** A compiled predicate-object map. */
final class PomPlan {
    TermGen[] predicates;
    TermGen[] objects;
    RefObjectPlan[] refObjects;
    TermGen[] graphs;
}
