package org.opendatasaveslives.odsl.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the ODSL ontology ({@code ontology/odsl.ttl}) that the code refers to. */
public final class Odsl {
    public static final String NS = "https://odsl.org.uk/def/odsl/";
    public static final String DEFAULT_BASE = "https://odsl.org.uk/";

    public static final Node SOURCE_RELEASE = term("SourceRelease");
    public static final Node NAMED_GRAPH = term("namedGraph");
    public static final Node ACCESS_TIER = term("accessTier");
    public static final Node OPEN = term("Open");
    public static final Node RESTRICTED = term("Restricted");
    public static final Node MAPPING = term("mapping");
    public static final Node SHAPES = term("shapes");
    public static final Node INPUT = term("input");
    public static final Node PARAMETER = term("parameter");
    /** The JSON Schema a dataset's JSON records must pass before mapping (declared in ontology/dash.ttl). */
    public static final Node SCHEMA = term("schema");
    public static final Node SHA256 = term("sha256");
    public static final Node RECORDS_READ = term("recordsRead");
    public static final Node RECORDS_LOADED = term("recordsLoaded");
    public static final Node RECORDS_REJECTED = term("recordsRejected");

    private Odsl() {
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** The named graph that holds one release: {@code {base}graph/{id}}. */
    public static Node releaseGraph(String base, String releaseId) {
        return NodeFactory.createURI(base + "graph/" + releaseId);
    }

    /** The graph with the ontology and code lists, reloaded by every build. */
    public static Node ontologyGraph(String base) {
        return NodeFactory.createURI(base + "graph/ontology");
    }

    /** The graph the build's derivation rules write (geography resolution and roll-ups). */
    public static Node derivedGraph(String base) {
        return NodeFactory.createURI(base + "graph/derived");
    }

    /** The open graph of feedback from data users (W3C Web Annotations), written by the server, never by a build. */
    public static Node feedbackGraph(String base) {
        return NodeFactory.createURI(base + "graph/feedback");
    }

    /** The restricted graph of feedback on resources that only restricted releases describe. */
    public static Node restrictedFeedbackGraph(String base) {
        return NodeFactory.createURI(base + "graph/feedback-restricted");
    }
}
