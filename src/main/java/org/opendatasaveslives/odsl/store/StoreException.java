package org.opendatasaveslives.odsl.store;

/** The database cannot be opened or written; the message names it and says what to do. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }
}
