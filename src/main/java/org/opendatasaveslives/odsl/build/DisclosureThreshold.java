package org.opendatasaveslives.odsl.build;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * The threshold of small-count suppression, a property of the catalogue ({@code odsl:suppressBelow N} on its
 * {@code dcat:Catalog}) so that it travels with the list of what is published: counts from 1 to N-1 are suppressed.
 * Without it the threshold is {@value #DEFAULT}.
 */
final class DisclosureThreshold {
    static final long DEFAULT = 5;
    private static final Node DCAT_CATALOG = NodeFactory.createURI("http://www.w3.org/ns/dcat#Catalog");

    private DisclosureThreshold() {
    }

    static long of(Path catalogFile) throws CatalogException {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(catalogFile).parse(graph);
        } catch (RiotException e) {
            throw new CatalogException(catalogFile + ": not valid Turtle: " + e.getMessage(), e);
        }
        List<Node> values = G.listPO(graph, RDF.Nodes.type, DCAT_CATALOG).stream()
            .flatMap(catalog -> G.listSP(graph, catalog, DisclosureControl.SUPPRESS_BELOW).stream()).toList();
        if (values.isEmpty()) {
            return DEFAULT;
        }
        String expected = "; expected one whole number of at least 1 (counts from 1 to N-1 are suppressed; 1 suppresses none)";
        if (values.size() > 1) {
            throw new CatalogException(catalogFile + ": the dcat:Catalog gives odsl:suppressBelow " + values.size()
                + " values " + values + expected);
        }
        Node value = values.get(0);
        if (value.isLiteral() && XSDDatatype.XSDinteger.equals(value.getLiteralDatatype())
                && value.getLiteralValue() instanceof Number number && number.longValue() >= 1) {
            return number.longValue();
        }
        throw new CatalogException(catalogFile + ": the dcat:Catalog's odsl:suppressBelow is " + value + expected);
    }
}
