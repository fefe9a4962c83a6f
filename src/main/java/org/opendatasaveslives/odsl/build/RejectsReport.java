package org.opendatasaveslives.odsl.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.out.NodeFmtLib;
import org.opendatasaveslives.odsl.map.RecordError;
import org.opendatasaveslives.odsl.map.SourceRecord;
import org.opendatasaveslives.odsl.validate.Violation;

/**
 * The quarantine of one release: a CSV line for every reason a record was kept out of the graph, with where the record
 * is, which stage refused it (map or validate), the field or shape at fault and the message.
 */
final class RejectsReport implements AutoCloseable {
    static final String HEADER = "source,position,stage,field,focus_node,shape,message";

    private final Path file;
    private final BufferedWriter out;
    private long lines;

    RejectsReport(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.newLine();
    }

    Path file() {
        return file;
    }

    long lines() {
        return lines;
    }

    void mappingError(RecordError error) {
        write(error.record(), "map", error.field(), "", error.triplesMap(), error.reason());
    }

    void emptyRecord(SourceRecord record) {
        write(record, "map", "", "", "", "the mapping produced no triples from this record");
    }

    void violation(SourceRecord record, Violation violation) {
        String message = violation.message() + (violation.value().isEmpty() ? "" : " (value " + violation.value() + ")");
        write(record, "validate", violation.path(), NodeFmtLib.strNT(violation.focusNode()), violation.shape(), message);
    }

    private void write(SourceRecord record, String stage, String field, String focus, String shape, String message) {
        try {
            out.write(String.join(",", csv(record.source()), csv(record.position()), stage, csv(field), csv(focus),
                csv(shape), csv(message)));
            out.newLine();
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects report " + file, e);
        }
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
