package org.opendatasaveslives.odsl.map;

/** Internal, stackless: a term map could not be evaluated on a record. Becomes a {@link RecordError}. */
final class RecordFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;
    final String reason;

    RecordFailure(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }
}
