package org.opendatasaveslives.odsl.generate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads generated and real CSV files in tests. */
public final class CsvTestFiles {

    static final Path REAL_GEOGRAPHY = Path.of("../shared/data/geography");
    static final Path REAL_STREET_CRIME = Path.of("../shared/data/police/street_crime");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTestFiles() {
    }

    static Path realJtrim(String prefix) throws IOException {
        try (var files = Files.list(REAL_GEOGRAPHY.resolve("jtrim-ons-lookups"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(".csv"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No real lookup " + prefix + "*.csv"));
        }
    }

    static boolean hasByteOrderMark(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
    }

    /** The header line without its byte-order mark or line ending. */
    static String headerLine(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        return first.charAt(0) == BYTE_ORDER_MARK ? first.substring(1) : first;
    }

    /** Every record as column → value, header excluded. */
    public static List<Map<String, String>> records(Path file) throws IOException {
        List<String[]> rows = rows(file);
        String[] header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                record.put(header[i], i < row.length ? row[i] : "");
            }
            records.add(record);
        }
        return records;
    }

    /** Every row, header included, as raw fields. */
    static List<String[]> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = new StringReader(text);
                MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
            return it.readAll();
        }
    }
}
