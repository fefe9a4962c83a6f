package org.opendatasaveslives.odsl.serve;

/**
 * The server cannot start for a reason the user can fix (missing or locked database, port in use, ...).
 * The message says what is wrong and what to do; it is meant to be shown as is, without a stack trace.
 */
public class ServeException extends RuntimeException {
    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
