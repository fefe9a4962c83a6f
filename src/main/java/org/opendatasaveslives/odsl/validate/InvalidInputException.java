package org.opendatasaveslives.odsl.validate;

/** Input that cannot be used at all (an unreadable data or shapes file); the message names the file and the fault. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
