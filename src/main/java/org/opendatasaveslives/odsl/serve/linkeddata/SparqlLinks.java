package org.opendatasaveslives.odsl.serve.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.opendatasaveslives.odsl.serve.OdslServer;

/** The SPARQL queries that fetch what a page shows, and links that run them. */
final class SparqlLinks {
    private SparqlLinks() {
    }

    /** Every statement about a resource and pointing to it, with the graph each comes from. */
    static String describe(String uri) {
        String iri = "<" + uri + ">";
        return "SELECT ?g ?subject ?property ?value WHERE {\n"
                + "  GRAPH ?g {\n"
                + "    { " + iri + " ?property ?value . BIND(" + iri + " AS ?subject) }\n"
                + "    UNION\n"
                + "    { ?subject ?property " + iri + " . BIND(" + iri + " AS ?value) }\n"
                + "  }\n"
                + "}";
    }

    /** All statements pointing to a resource, as RDF (the document serves only the first few hundred). */
    static String incoming(String uri) {
        return "CONSTRUCT { ?subject ?property <" + uri + "> } WHERE { ?subject ?property <" + uri + "> }";
    }

    /** The query editor on the home page with this query in a new tab (YASGUI reads its share-link parameters). */
    static String editor(String query, String serverRoot) {
        return "/#query=" + encode(query) + "&endpoint=" + encode(serverRoot + OdslServer.SPARQL_PATH);
    }

    /** The endpoint itself answering the query. */
    static String endpoint(String query) {
        return OdslServer.SPARQL_PATH + "?query=" + encode(query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
