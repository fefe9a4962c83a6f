package org.opendatasaveslives.odsl.map;

/**
 * Thrown by an {@link RmlFunction} that cannot compute a value from its input, e.g.
 * {@code "Fbe-25" is not a month (expected YYYY-MM or Mon-YY)}. The engine turns it into a {@link RecordError}.
 */
public class FunctionException extends Exception {
    private static final long serialVersionUID = 1L;

    public FunctionException(String reason) {
        super(reason, null, false, false);
    }
}
