package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.opendatasaveslives.odsl.map.RecordError;
import org.opendatasaveslives.odsl.map.SourceRecord;
import org.opendatasaveslives.odsl.validate.Violation;

/**
 * The quarantine of one release: a CSV line for every reason a record was kept out of the graph, with where the record
 * is, which stage refused it (schema, map or validate), the field or shape at fault and the message.
 */
final class RejectsReport implements AutoCloseable {
    private static final List<String> COLUMNS = List.of("source", "position", "stage", "field", "focus_node", "shape",
        "message");

    private static final int EXAMPLES = 3;

    private final Path file;
    private final List<String> examples = new ArrayList<>(EXAMPLES);
    private final RejectTally tally = new RejectTally();
    private SequenceWriter out;

    /** Removes the report a previous build of the release left; the file is written again only if a record fails. */
    RejectsReport(Path file) throws IOException {
        this.file = file;
        Files.deleteIfExists(file);
    }

    /** The first few reasons, as one line each, for the build to show without opening the report. */
    List<String> examples() {
        return List.copyOf(examples);
    }

    /** The report's lines counted by stage and shape. */
    RejectTally tally() {
        return tally;
    }

    void mappingError(RecordError error) {
        write(error.record(), error.stage(), error.field(), "", error.triplesMap(), error.reason());
    }

    void emptyRecord(SourceRecord record) {
        write(record, "map", "", "", "", "the mapping produced no triples from this record");
    }

    void violation(SourceRecord record, Violation violation) {
        String message = violation.message() + (violation.value().isEmpty() ? "" : " (value " + violation.value() + ")");
        write(record, "validate", violation.path(), violation.focusText(), violation.shape(), message);
    }

    private void write(SourceRecord record, String stage, String field, String focus, String shape, String message) {
        try {
            if (out == null) {
                out = open();
            }
            out.write(new String[] {record.source(), record.position(), stage, field, focus, shape, message});
            tally.add(stage, shape, field);
            if (examples.size() < EXAMPLES) {
                examples.add(record + (field.isEmpty() ? "" : ", field " + field) + ": " + message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects report " + file, e);
        }
    }

    private SequenceWriter open() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        CsvSchema schema = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
        return CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
            .writerFor(String[].class).with(schema).writeValues(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
