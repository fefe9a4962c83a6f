package org.opendatasaveslives.odsl.serve.feedback;

/** A feedback request refused, with the HTTP status to answer and a message saying what was expected. */
final class FeedbackRejected extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    FeedbackRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
