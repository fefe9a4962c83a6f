package org.opendatasaveslives.odsl.map;

import java.util.List;
import java.util.Set;

/**
 * A project function of one required value ({@code odslfn:value} → {@code odslfn:result}) whose input is a personal
 * identifier: marked {@link #sensitive()}, so no error about it, or about anything computed from its raw value, quotes
 * the value.
 */
abstract class IdentifierFunction implements RmlFunction {
    private final String iri;

    IdentifierFunction(String iri) {
        this.iri = iri;
    }

    @Override
    public final String iri() {
        return iri;
    }

    @Override
    public final List<String> parameters() {
        return List.of(OdslFunctions.VALUE);
    }

    @Override
    public final Set<String> requiredParameters() {
        return Set.of(OdslFunctions.VALUE);
    }

    @Override
    public final List<String> outputs() {
        return List.of(OdslFunctions.RESULT);
    }

    @Override
    public final boolean sensitive() {
        return true;
    }
}
