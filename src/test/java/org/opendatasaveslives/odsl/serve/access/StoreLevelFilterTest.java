package org.opendatasaveslives.odsl.serve.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Which queries may use the TDB2 filter (which direct graph reads bypass) rather than the filtered view. */
class StoreLevelFilterTest {
    @Test
    void patternMatchingQueriesUseTheStoreFilter() {
        for (String query : new String[] {
            "SELECT ?v WHERE { <urn:x:s> <urn:x:p> ?v }",
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } FILTER(?s != <urn:x:a>) }",
            "ASK { { SELECT ?s WHERE { ?s <urn:x:p> ?o } } }",
            "SELECT ?s WHERE { ?s ?p \"exists\" }",
            "SELECT ?o WHERE { ?s <urn:x:p>+ ?o }",  // a path on the default graph: ViewPathExecutor walks the view
            "SELECT ?o WHERE { { SELECT ?o WHERE { ?s (<urn:x:p>|<urn:x:q>)* ?o } } }"}) {
            assertTrue(StoreLevelFilter.suits(QueryFactory.create(query)), query);
        }
    }

    @Test
    void queriesThatReadGraphsDirectlyUseTheView() {
        for (String query : new String[] {
            "SELECT ?o WHERE { GRAPH ?g { ?s <urn:x:p>+ ?o } }",
            "SELECT ?o WHERE { GRAPH <urn:x:g> { { SELECT ?o WHERE { ?s <urn:x:p>* ?o } } } }",
            "DESCRIBE <urn:x:s>",
            "SELECT ?m WHERE { ?l <http://jena.apache.org/ARQ/list#member> ?m }",
            "SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s <urn:x:p>* ?x } }",
            "SELECT ?s ?e WHERE { ?s ?p ?o BIND(EXISTS { ?s <urn:x:q> ?x } AS ?e) }"}) {
            assertFalse(StoreLevelFilter.suits(QueryFactory.create(query)), query);
        }
    }
}
