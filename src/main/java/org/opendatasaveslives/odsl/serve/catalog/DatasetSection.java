package org.opendatasaveslives.odsl.serve.catalog;

import org.apache.jena.graph.Node;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A row another package adds to each dataset on the catalogue page (the feedback on it, for one). Called inside the
 * request's read transaction, only for a dataset the request's view holds.
 */
public interface DatasetSection {
    /** The row's name, such as "Feedback". */
    String name();

    /**
     * @param dataset the release's IRI
     * @param graph   the release's named graph
     * @return the value of the row as HTML, every value from the data or the user already escaped; empty for no row
     */
    String html(HttpServletRequest request, Node dataset, Node graph);
}
