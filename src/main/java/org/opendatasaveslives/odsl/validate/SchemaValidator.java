package org.opendatasaveslives.odsl.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.opendatasaveslives.odsl.map.JsonRecordCheck;

/**
 * Checks each record of a JSON source against a JSON Schema (draft 2020-12, formats such as {@code date} asserted)
 * before it is mapped. A record that fails is rejected with the JSON Pointer of the first fault and the schema's
 * message (further faults follow in the message); messages name where a value is and what was expected, never the
 * value itself. Schemas are read from files only: a schema that refers to another by URL must not need the network.
 */
public final class SchemaValidator implements JsonRecordCheck {
    /** The stage rejected records are reported under. */
    public static final String STAGE = "schema";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchema schema;
    private final String name;

    private SchemaValidator(JsonSchema schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    /** Reads a schema file; throws when it is not JSON or not a usable schema. */
    public static SchemaValidator load(Path schemaFile) throws InvalidInputException {
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.newBufferedReader(schemaFile));
        } catch (IOException e) {
            throw new InvalidInputException(schemaFile + ": cannot read the JSON Schema: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(schemaFile + ": a JSON Schema must be a JSON object");
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
            schema.initializeValidators();
            return new SchemaValidator(schema, schemaFile.getFileName().toString());
        } catch (JsonSchemaException | IllegalArgumentException e) {
            throw new InvalidInputException(schemaFile + ": not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    /** The schema's file name. */
    public String name() {
        return name;
    }

    /** Every fault of the record, ordered by pointer then message; empty when the record is valid. */
    public List<Fault> faults(JsonNode record) {
        List<Fault> faults = new ArrayList<>();
        for (ValidationMessage m : schema.validate(record)) {
            String at = m.getInstanceLocation().toString();
            String pointer = "required".equals(m.getType()) && m.getProperty() != null
                ? at + "/" + escape(m.getProperty()) : at;
            String message = m.getMessage();
            if (message.startsWith(at + ": ")) {
                message = message.substring(at.length() + 2);
            }
            faults.add(new Fault(pointer, message, name, STAGE));
        }
        faults.sort(Comparator.comparing(Fault::pointer).thenComparing(Fault::message));
        return faults;
    }

    /** The record's first fault, with the others appended to its message; null when the record is valid. */
    @Override
    public Fault check(JsonNode record) {
        List<Fault> faults = faults(record);
        if (faults.isEmpty()) {
            return null;
        }
        Fault first = faults.get(0);
        if (faults.size() == 1) {
            return first;
        }
        StringBuilder message = new StringBuilder(first.message());
        for (Fault other : faults.subList(1, faults.size())) {
            message.append("; ").append(other.pointer().isEmpty() ? "(record)" : other.pointer()).append(": ")
                .append(other.message());
        }
        return new Fault(first.pointer(), message.toString(), name, STAGE);
    }

    /** A property name as a JSON Pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
