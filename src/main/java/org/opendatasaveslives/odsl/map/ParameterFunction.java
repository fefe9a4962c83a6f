package org.opendatasaveslives.odsl.map;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code odslfn:parameter(odslfn:name)}: a value given to the run rather than read from the record, such as the month
 * of a monthly file whose rows do not say it (NHS England A&E). The catalogue gives it per release
 * ({@code odsl:parameter "month=2025-04"}), {@code odsl map} with {@code --param month=2025-04}.
 */
final class ParameterFunction implements RmlFunction {
    static final String IRI = OdslFunctions.NS + "parameter";
    static final String NAME = OdslFunctions.NS + "name";

    private final Map<String, String> values;

    private ParameterFunction(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The function with the run's parameters. */
    static ParameterFunction of(Map<String, String> values) {
        return new ParameterFunction(values);
    }

    @Override
    public String iri() {
        return IRI;
    }

    @Override
    public List<String> parameters() {
        return List.of(NAME);
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of(NAME);
    }

    @Override
    public List<String> outputs() {
        return List.of(OdslFunctions.RESULT);
    }

    @Override
    public Object apply(Object[] args) throws FunctionException {
        String name = Values.str(args[0]);
        String value = values.get(name);
        if (value == null) {
            throw new FunctionException("no parameter '" + name + "' was given to this run (the catalogue gives it with"
                    + " odsl:parameter \"" + name + "=...\", odsl map with --param " + name + "=...)");
        }
        return value;
    }
}
