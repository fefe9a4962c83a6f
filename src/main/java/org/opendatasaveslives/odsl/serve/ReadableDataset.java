package org.opendatasaveslives.odsl.serve;

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
}
