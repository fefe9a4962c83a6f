package org.opendatasaveslives.odsl.map;

/**
 * A whole-run error: a broken mapping (bad Turtle, a triples map without subject map, an unknown function...), a missing
 * input file, a CSV header lacking a referenced column, or, in strict mode, the first record that could not be mapped.
 * The message names the file, and where it applies the triples map and the property at fault.
 */
public class MappingException extends Exception {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
