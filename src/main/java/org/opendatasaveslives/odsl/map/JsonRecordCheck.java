package org.opendatasaveslives.odsl.map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check every record of a JSON logical source must pass before it is mapped (for example a JSON Schema). A record
 * that fails is rejected like a record that cannot be mapped, with the fault's location and message, and the run goes
 * on with the next record.
 */
@FunctionalInterface
public interface JsonRecordCheck {

    /** Why the record fails the check, or null when it passes. */
    Fault check(JsonNode record);

    /**
     * What is wrong with a record.
     *
     * @param pointer the JSON Pointer (RFC 6901) of the faulty value within the record, {@code ""} for the record itself
     * @param message what is wrong, as a person fixing the record needs it
     * @param check   the name of the check (e.g. the schema file), shown where a triples map would be
     * @param stage   the stage to report the rejection under (e.g. {@code schema})
     */
    record Fault(String pointer, String message, String check, String stage) {
    }
}
