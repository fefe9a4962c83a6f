package org.opendatasaveslives.odsl.map;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The functions a mapping may call, by IRI. {@link #standard()} has the GREL/IDLab functions and the project's own. */
public final class FunctionRegistry {
    private final Map<String, RmlFunction> functions = new LinkedHashMap<>();

    /** An empty registry. */
    public FunctionRegistry() {
    }

    /** A new registry with the GREL and IDLab functions the RML-FNML suite uses and the ODSL functions ({@code odslfn:}). */
    public static FunctionRegistry standard() {
        FunctionRegistry r = new FunctionRegistry();
        GrelFunctions.registerAll(r);
        OdslFunctions.registerAll(r);
        r.register(ParameterFunction.of(Map.of()));
        r.register(LookupFunction.in(Path.of("")));
        return r;
    }

    /**
     * A copy of this registry for one run of a mapping: {@code odslfn:parameter} answers from the run's values and
     * {@code odslfn:lookup} reads tables relative to the mapping's folder (unless the caller replaced them).
     */
    FunctionRegistry forRun(Path mappingFolder, Map<String, String> parameters) {
        FunctionRegistry r = new FunctionRegistry();
        r.functions.putAll(functions);
        if (functions.get(ParameterFunction.IRI) instanceof ParameterFunction) {
            r.register(ParameterFunction.of(parameters));
        }
        if (functions.get(LookupFunction.IRI) instanceof LookupFunction) {
            r.register(LookupFunction.in(mappingFolder));
        }
        return r;
    }

    /** Adds (or replaces) a function under its IRI. */
    public FunctionRegistry register(RmlFunction function) {
        functions.put(function.iri(), function);
        return this;
    }

    /** The function with this IRI, or null. */
    public RmlFunction get(String iri) {
        return functions.get(iri);
    }

    public Collection<RmlFunction> all() {
        return Collections.unmodifiableCollection(functions.values());
    }
}
