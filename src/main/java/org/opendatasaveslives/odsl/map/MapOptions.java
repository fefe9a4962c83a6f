package org.opendatasaveslives.odsl.map;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to run a mapping.
 *
 * @param baseIri   the base IRI that relative IRIs from templates and references are resolved against (unless a
 *                  triples map has its own {@code rml:baseIRI})
 * @param inputs    files to read instead of those the mapping names; key = the source path as written in the mapping
 *                  (e.g. {@code street.csv}), or the local name of the logical source's IRI, or {@code ""} for "the only
 *                  source"
 * @param strict    abort the run with a {@link MappingException} at the first record error
 * @param functions the functions to call; null = the registry the mapping was loaded with
 * @param parameters values the mapping reads with {@code odslfn:parameter} (e.g. {@code month} → {@code 2025-04})
 * @param recordCheck a check each record of a JSON source must pass before it is mapped (a JSON Schema), or null
 */
public record MapOptions(String baseIri, Map<String, Path> inputs, boolean strict, FunctionRegistry functions,
        Map<String, String> parameters, JsonRecordCheck recordCheck) {
    public static final String DEFAULT_BASE = "https://odsl.org.uk/";

    public MapOptions {
        Objects.requireNonNull(baseIri, "baseIri");
        inputs = Map.copyOf(inputs == null ? Map.of() : inputs);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /** Base {@value #DEFAULT_BASE}, no overrides, lenient, the load-time functions. */
    public static MapOptions defaults() {
        return new MapOptions(DEFAULT_BASE, Map.of(), false, null, Map.of(), null);
    }

    public MapOptions withBaseIri(String iri) {
        return new MapOptions(iri, inputs, strict, functions, parameters, recordCheck);
    }

    public MapOptions withStrict(boolean s) {
        return new MapOptions(baseIri, inputs, s, functions, parameters, recordCheck);
    }

    public MapOptions withFunctions(FunctionRegistry f) {
        return new MapOptions(baseIri, inputs, strict, f, parameters, recordCheck);
    }

    public MapOptions withInputs(Map<String, Path> in) {
        return new MapOptions(baseIri, in, strict, functions, parameters, recordCheck);
    }

    /** These options plus one input override. */
    public MapOptions withInput(String name, Path file) {
        Map<String, Path> m = new LinkedHashMap<>(inputs);
        m.put(name, file);
        return new MapOptions(baseIri, m, strict, functions, parameters, recordCheck);
    }

    public MapOptions withParameters(Map<String, String> p) {
        return new MapOptions(baseIri, inputs, strict, functions, p, recordCheck);
    }

    /** These options with a check every JSON record must pass before it is mapped (null: none). */
    public MapOptions withRecordCheck(JsonRecordCheck check) {
        return new MapOptions(baseIri, inputs, strict, functions, parameters, check);
    }
}
