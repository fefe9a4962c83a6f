package org.opendatasaveslives.odsl.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The RML vocabulary (<a href="http://w3id.org/rml/">http://w3id.org/rml/</a>): RML-Core, RML-IO and RML-FNML terms. */
final class Rml {
    static final String NS = "http://w3id.org/rml/";

    private static Node n(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Core
    static final Node TriplesMap = n("TriplesMap");
    static final Node logicalSource = n("logicalSource");
    static final Node subjectMap = n("subjectMap");
    static final Node subject = n("subject");
    static final Node predicateObjectMap = n("predicateObjectMap");
    static final Node predicateMap = n("predicateMap");
    static final Node predicate = n("predicate");
    static final Node objectMap = n("objectMap");
    static final Node object = n("object");
    static final Node graphMap = n("graphMap");
    static final Node graph = n("graph");
    static final Node clazz = n("class");
    static final Node constant = n("constant");
    static final Node reference = n("reference");
    static final Node template = n("template");
    static final Node termType = n("termType");
    static final Node datatype = n("datatype");
    static final Node datatypeMap = n("datatypeMap");
    static final Node language = n("language");
    static final Node languageMap = n("languageMap");
    static final Node parentTriplesMap = n("parentTriplesMap");
    static final Node joinCondition = n("joinCondition");
    static final Node child = n("child");
    static final Node parent = n("parent");
    static final Node childMap = n("childMap");
    static final Node parentMap = n("parentMap");
    static final Node baseIRI = n("baseIRI");
    static final Node IRI = n("IRI");
    static final Node UnsafeIRI = n("UnsafeIRI");
    static final Node URI = n("URI");
    static final Node UnsafeURI = n("UnsafeURI");
    static final Node BlankNode = n("BlankNode");
    static final Node Literal = n("Literal");
    static final Node defaultGraph = n("defaultGraph");

    // IO
    static final Node source = n("source");
    static final Node referenceFormulation = n("referenceFormulation");
    static final Node iterator = n("iterator");
    static final Node path = n("path");
    static final Node root = n("root");
    static final Node MappingDirectory = n("MappingDirectory");
    static final Node CurrentWorkingDirectory = n("CurrentWorkingDirectory");
    static final Node CSV = n("CSV");
    static final Node JSONPath = n("JSONPath");
    static final Node XPath = n("XPath");
    static final Node encoding = n("encoding");
    static final Node UTF8 = n("UTF-8");
    static final Node nullValue = n("null");
    static final Node compression = n("compression");
    static final Node none = n("none");
    static final Node gzip = n("gzip");
    static final Node zip = n("zip");
    static final Node targz = n("targz");

    // FNML
    static final Node functionExecution = n("functionExecution");
    static final Node function = n("function");
    static final Node functionMap = n("functionMap");
    static final Node input = n("input");
    static final Node parameter = n("parameter");
    static final Node parameterMap = n("parameterMap");
    static final Node inputValue = n("inputValue");
    static final Node inputValueMap = n("inputValueMap");
    static final Node returnProp = n("return");
    static final Node returnMap = n("returnMap");
    static final Node condition = n("condition");

    private Rml() {
    }
}
