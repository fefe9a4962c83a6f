package org.opendatasaveslives.odsl.map;

/** One record of a logical source, as the term maps see it. */
interface Row {
    /**
     * The value of the reference in this slot of the source's reference table: null (absent or empty), a scalar
     * (String, Number, Boolean) or a {@code java.util.List} of scalars when a reference yields several values.
     */
    Object get(int slot) throws RecordFailure;

    /** Where the record is. */
    SourceRecord record();

    /** The record as a JSON tree, for a JSON source; null for other formulations. */
    default com.fasterxml.jackson.databind.JsonNode json() {
        return null;
    }
}
