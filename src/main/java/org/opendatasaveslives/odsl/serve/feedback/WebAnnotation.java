package org.opendatasaveslives.odsl.serve.feedback;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Web Annotation terms ({@code oa:}) feedback is written in, with the Dublin Core terms it uses. */
final class WebAnnotation {
    static final String OA = "http://www.w3.org/ns/oa#";
    static final Node ANNOTATION = oa("Annotation");
    static final Node TEXTUAL_BODY = oa("TextualBody");
    static final Node HAS_TARGET = oa("hasTarget");
    static final Node HAS_BODY = oa("hasBody");
    static final Node MOTIVATED_BY = oa("motivatedBy");
    static final Node VALUE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#value");
    static final Node FORMAT = NodeFactory.createURI("http://purl.org/dc/elements/1.1/format");
    static final Node CREATED = NodeFactory.createURI("http://purl.org/dc/terms/created");
    static final Node CREATOR = NodeFactory.createURI("http://purl.org/dc/terms/creator");

    private WebAnnotation() {
    }

    static Node oa(String local) {
        return NodeFactory.createURI(OA + local);
    }
}
