package org.opendatasaveslives.odsl.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Streams a CSV file with Jackson's CSV parser (RFC 4180: quoted fields, embedded newlines, CRLF), strips a UTF-8 BOM,
 * and gives each record its physical line number (a header is line 1). Column names come from the header or from the
 * mapping's CSVW table schema ({@link CsvDialect}). An empty field is an absent value.
 */
final class CsvRecordReader implements RecordReader {
    private static final CsvFactory FACTORY = new CsvFactory();
    private static final String NOT_UTF8 = "is the file Windows-1252? convert it with iconv -f WINDOWS-1252 -t UTF-8";

    private final CsvParser parser;
    private final String label;
    private final String[] header;
    private final int[] columns;
    /** The values that stand for null ({@code rml:null}), or null: CSV has no null token, so no value is null. */
    private final Set<String> nulls;
    private final CsvRow row = new CsvRow();
    private String malformed;
    private long number;

    private CsvRecordReader(CsvParser parser, String label, String[] header, int[] columns, Set<String> nulls) {
        this.parser = parser;
        this.label = label;
        this.header = header;
        this.columns = columns;
        this.nulls = nulls;
    }

    /**
     * Opens the file, reads the header and checks that every reference of the source is a column: otherwise a
     * {@link MappingException} naming the file, the missing column, who uses it, and the header.
     */
    static CsvRecordReader open(Path file, String label, SourcePlan source) throws IOException, MappingException {
        InputStream in = SourceInput.open(file, source.def.compression());
        // Bytes that are not in the encoding become U+FFFD; a record holding one is rejected with its line.
        Reader reader = new BufferedReader(new InputStreamReader(in, source.def.encoding()), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        CsvDialect dialect = source.def.csv();
        CsvParser p = FACTORY.createParser(reader);
        p.setSchema(CsvSchema.emptySchema().withColumnSeparator(dialect.delimiter()));
        try {
            String[] header = header(p, label, dialect);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                index.putIfAbsent(header[i], i);
            }
            int[] columns = new int[source.references.size()];
            for (int s = 0; s < columns.length; s++) {
                String ref = source.references.get(s);
                Integer col = index.get(ref);
                if (col == null) {
                    throw new MappingException(label + ": no column '" + ref + "' (used by " + source.usedBy.get(ref)
                            + "); " + (dialect.columns() == null ? "the header is" : "the mapping's csvw:tableSchema declares")
                            + ": " + String.join(", ", header));
                }
                columns[s] = col;
            }
            return new CsvRecordReader(p, label, header, columns, source.def.nulls());
        } catch (IOException | MappingException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /**
     * The column names: the declared ones when the mapping declares them (after checking that a header line, which is
     * then skipped, has as many fields), otherwise the header line's.
     */
    private static String[] header(CsvParser p, String label, CsvDialect dialect) throws IOException, MappingException {
        List<String> line = dialect.header() ? readRow(p) : null;
        if (line == null) {
            line = List.of();
        }
        for (String name : line) {
            if (name.indexOf('\uFFFD') >= 0) {
                throw new MappingException(label + ": the header is not valid UTF-8 (" + NOT_UTF8 + ")");
            }
        }
        List<String> declared = dialect.columns();
        if (declared == null) {
            return line.toArray(new String[0]);
        }
        if (dialect.header() && line.size() != declared.size()) {
            throw new MappingException(label + ": the header line has " + line.size() + " fields but the mapping's"
                    + " csvw:tableSchema declares " + declared.size() + " columns; the header is: "
                    + String.join(", ", line));
        }
        return declared.toArray(new String[0]);
    }

    private static List<String> readRow(CsvParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            out.add(p.getText());
        }
        return out;
    }

    String[] header() {
        return header.clone();
    }

    @Override
    public boolean next() throws IOException {
        JsonToken t;
        String[] fields = row.fields;
        while (true) {
            t = parser.nextToken();
            if (t == null) {
                return false;
            }
            // START_ARRAY: the parser is at the first character of the record
            long line = parser.currentLocation().getLineNr();
            if (fields == null || fields.length != header.length) {
                fields = new String[header.length];
            }
            int n = 0;
            boolean badBytes = false;
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (n < fields.length) {
                    String v = parser.getText();
                    fields[n] = v;
                    badBytes |= v.indexOf('\uFFFD') >= 0;
                }
                n++;
            }
            if (n == 1 && fields.length > 1 && fields[0].isEmpty()) {
                continue; // an empty line
            }
            number++;
            row.fields = fields;
            row.record = new SourceRecord(label, number, "line " + line);
            if (n != header.length) {
                for (int i = n; i < fields.length; i++) {
                    fields[i] = null;
                }
                malformed = "the row has " + n + " field" + (n == 1 ? "" : "s") + " but the header has "
                        + header.length + (n < header.length ? " (truncated row)" : " (over-long row)");
            } else if (badBytes) {
                malformed = "the row has bytes that are not valid UTF-8 (" + NOT_UTF8 + ")";
            } else {
                malformed = null;
            }
            return true;
        }
    }

    @Override
    public Row row() {
        return row;
    }

    @Override
    public String malformed() {
        return malformed;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private final class CsvRow implements Row {
        String[] fields;
        SourceRecord record;

        @Override
        public Object get(int slot) {
            String s = fields[columns[slot]];
            if (s == null) {
                return null;
            }
            return nulls != null && nulls.contains(s) ? null : s;
        }

        @Override
        public SourceRecord record() {
            return record;
        }
    }
}
