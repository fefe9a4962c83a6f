package org.opendatasaveslives.odsl.map;

/**
 * A record that could not be mapped, with enough detail for a person to find and fix it.
 *
 * @param record      where the record is
 * @param triplesMap  the triples map being applied (its IRI or a readable label)
 * @param field       the column, JSONPath or term map at fault
 * @param reason      what was wrong and what was expected, e.g. {@code "Feb-2x" is not a month (expected YYYY-MM or Mon-YY)}
 */
public record RecordError(SourceRecord record, String triplesMap, String field, String reason) {
    public String message() {
        return record + ", field '" + field + "': " + reason + " [" + triplesMap + "]";
    }
}
