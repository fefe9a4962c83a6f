package org.opendatasaveslives.odsl.map;

/**
 * A record that could not be mapped, with enough detail for a person to find and fix it.
 *
 * @param record      where the record is
 * @param triplesMap  the triples map being applied (its IRI or a readable label)
 * @param field       the column, JSONPath or term map at fault
 * @param reason      what was wrong and what was expected, e.g. {@code "Feb-2x" is not a month (expected YYYY-MM or Mon-YY)}
 * @param stage       which stage refused the record: {@value #MAP}, or a check's stage such as {@code schema}
 */
public record RecordError(SourceRecord record, String triplesMap, String field, String reason, String stage) {
    /** The stage of a record that could not be mapped. */
    public static final String MAP = "map";

    /** An error of the mapping stage. */
    public RecordError(SourceRecord record, String triplesMap, String field, String reason) {
        this(record, triplesMap, field, reason, MAP);
    }

    public String message() {
        return record + ", field '" + field + "': " + reason + " [" + triplesMap + "]";
    }
}
