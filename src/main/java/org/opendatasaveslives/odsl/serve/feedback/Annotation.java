package org.opendatasaveslives.odsl.serve.feedback;

import java.util.Optional;

import org.apache.jena.graph.Node;

/** One stored annotation, as pages show it. */
record Annotation(Node iri, Node target, Optional<Motivation> motivation, String text, String created,
                  Optional<String> creator) {
}
