package org.opendatasaveslives.odsl.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV file row by row the way the published files are written: UTF-8, a field quoted only when it holds a
 * comma, a quote or a line break, a chosen line ending, and a byte-order mark where the original has one.
 */
public final class CsvLineWriter implements AutoCloseable {

    /** Line endings of the published files. */
    public enum LineEnding {
        LF("\n"), CRLF("\r\n");

        private final String text;

        LineEnding(String text) {
            this.text = text;
        }
    }

    private static final int BUFFER_CHARS = 1 << 16;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path file;
    private final Writer out;
    private final String lineEnding;
    private long dataRows;

    public CsvLineWriter(Path file, LineEnding lineEnding, boolean byteOrderMark) {
        this.file = file;
        this.lineEnding = lineEnding.text;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS);
            if (byteOrderMark) {
                out.write(BYTE_ORDER_MARK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }

    public void header(String... columns) {
        writeLine(columns);
    }

    public void row(String... fields) {
        writeLine(fields);
        dataRows++;
    }

    /** Rows written after the header. */
    public long dataRows() {
        return dataRows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish writing " + file, e);
        }
    }

    private void writeLine(String[] fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                writeField(fields[i]);
            }
            out.write(lineEnding);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + file, e);
        }
    }

    private void writeField(String field) throws IOException {
        if (!needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }

    static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
