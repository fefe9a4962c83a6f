package org.opendatasaveslives.odsl.map;

/** Internal, stackless: a term map could not be evaluated on a record. Becomes a {@link RecordError}. */
final class RecordFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;
    final String reason;
    /** The reason was worded without the value, which is a personal identifier: callers must not add it. */
    final boolean withheld;

    RecordFailure(String field, String reason) {
        this(field, reason, false);
    }

    private RecordFailure(String field, String reason, boolean withheld) {
        super(reason, null, false, false);
        this.field = field;
        this.reason = reason;
        this.withheld = withheld;
    }

    /** A failure about a personal identifier, whose reason does not (and must not) quote the value. */
    static RecordFailure withheld(String field, String reason) {
        return new RecordFailure(field, reason, true);
    }
}
