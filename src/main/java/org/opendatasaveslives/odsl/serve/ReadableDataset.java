package org.opendatasaveslives.odsl.serve;

import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The part of the served dataset that one HTTP request may read. Every route that reads data outside Fuseki's own
 * SPARQL and Graph Store endpoints (linked-data pages, catalogue, dumps) reads through this, never through the dataset
 * itself, so that one access rule holds for every route.
 */
@FunctionalInterface
public interface ReadableDataset {
    /** The view of the dataset this request may read; restricted graphs it may not read are absent from it. */
    DatasetGraph forRequest(HttpServletRequest request);

    /**
     * What tells this request's view apart from others: requests with equal keys read exactly the same graphs, so
     * what is read from one of their views (a label) holds for the others. Empty when views cannot be compared, and
     * nothing is then shared between requests.
     */
    default Optional<Object> viewKey(HttpServletRequest request) {
        return Optional.empty();
    }
}
