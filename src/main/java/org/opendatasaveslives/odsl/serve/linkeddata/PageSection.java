package org.opendatasaveslives.odsl.serve.linkeddata;

import org.apache.jena.graph.Node;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A section another package adds to the HTML page of every resource (the feedback on it, for one). Called inside the
 * request's read transaction, only for a resource the request's view describes.
 */
@FunctionalInterface
public interface PageSection {
    /**
     * @param pagePath the path of the page being rendered, for links back to it
     * @return the section as HTML, every value from the data or the user already escaped; empty for no section
     */
    String html(HttpServletRequest request, Node resource, String pagePath);
}
