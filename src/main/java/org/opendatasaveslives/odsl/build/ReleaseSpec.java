package org.opendatasaveslives.odsl.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One dataset of the catalogue: a source release to map, validate and load into its own named graph.
 *
 * @param id          the dataset's name in the catalogue (last segment of its IRI), also the graph's name
 * @param iri         the dataset's IRI
 * @param graph       the named graph the release loads into
 * @param mapping     the RML mapping file
 * @param shapes      the SHACL shapes files
 * @param inputs      input overrides for the mapping: source name (or "" for the only source) to file
 * @param parameters  values the mapping reads with {@code odslfn:parameter} ({@code odsl:parameter "NAME=VALUE"})
 * @param restricted  whether the access tier is restricted rather than open
 * @param description the catalogue's own triples about the dataset, copied into the release graph
 * @param schema      the JSON Schema each record of the inputs must pass before mapping, or null
 */
public record ReleaseSpec(String id, Node iri, Node graph, Path mapping, List<Path> shapes, Map<String, Path> inputs,
                          Map<String, String> parameters, boolean restricted, Graph description, Path schema) {
}
