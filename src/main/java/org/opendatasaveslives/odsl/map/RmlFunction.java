package org.opendatasaveslives.odsl.map;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A function that RML-FNML function executions can call, identified by its IRI.
 *
 * <p>Arguments arrive in the order of {@link #parameters()}; an argument the mapping does not give, or whose value is
 * absent in the record, is {@code null}. Values are strings (CSV, templates, constants), or numbers/booleans/lists
 * (JSON, nested function results). Returning {@code null} means "no value": no term is generated. A value that cannot
 * be computed is a {@link FunctionException}, which fails the record (never the run, unless strict).
 */
public interface RmlFunction {

    /** The function's IRI, as named by {@code rml:function}. */
    String iri();

    /** The IRIs of the parameters it declares, in argument order. A mapping that uses another is a mapping error. */
    List<String> parameters();

    /** The parameters that a mapping must give (a subset of {@link #parameters()}). */
    default Set<String> requiredParameters() {
        return Set.of();
    }

    /** The IRIs of the outputs it declares ({@code rml:return}); the first is the default. */
    List<String> outputs();

    /** Computes the value; see the class comment for the conventions. */
    Object apply(Object[] args) throws FunctionException;

    /**
     * The instance to use for one pass over a source. Stateless functions return {@code this}; functions with state per
     * run (e.g. counting occurrences) return a fresh instance, so each call site counts its own records in order.
     */
    default RmlFunction newRun() {
        return this;
    }

    /**
     * Whether its input is a personal identifier (an NHS number, a person reference). The engine then never quotes
     * the input in an error: a failure of this function, of a function computing its input, or of any term or
     * function computed from its result is reported without the value (see {@link #anonymises()}).
     */
    default boolean sensitive() {
        return false;
    }

    /**
     * Whether its result no longer reveals its input (a keyed pseudonym): values computed from the result are not
     * sensitive even though the input was.
     */
    default boolean anonymises() {
        return false;
    }

    /** The body of a stateless function. */
    @FunctionalInterface
    interface Body {
        Object apply(Object[] args) throws FunctionException;
    }

    /** A stateless function from a lambda. */
    static RmlFunction of(String iri, List<String> parameters, Set<String> required, List<String> outputs, Body body) {
        Objects.requireNonNull(body);
        List<String> params = List.copyOf(parameters);
        Set<String> req = Set.copyOf(required);
        List<String> outs = List.copyOf(outputs);
        return new RmlFunction() {
            @Override
            public String iri() {
                return iri;
            }

            @Override
            public List<String> parameters() {
                return params;
            }

            @Override
            public Set<String> requiredParameters() {
                return req;
            }

            @Override
            public List<String> outputs() {
                return outs;
            }

            @Override
            public Object apply(Object[] args) throws FunctionException {
                return body.apply(args);
            }

            @Override
            public String toString() {
                return iri;
            }
        };
    }
}
