package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads NHS England A&E monthly files by column position (their header repeats names), independently of the mapping
 * engine, and says which observations each row must give: observation key → value.
 */
final class AeCsv {
    static final Path DIR = Path.of("../shared/data/health/ae_attendances/edwardchede-nhs-ae-data-warehouse");
    static final String OBS = "https://odsl.org.uk/id/observation/ae-attendances/";

    /** Real files, by month. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        String[] names = {"April-2025", "May-2025", "June-2025", "July-2025", "August-2025", "September-2025",
            "October-2025", "November-2025", "December-2025", "January-2026", "February-2026"};
        String[] months = {"2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11",
            "2025-12", "2026-01", "2026-02"};
        for (int i = 0; i < names.length; i++) {
            FILES.put(months[i], names[i] + "-AE.csv");
        }
    }

    /** Column position → (department type, measure slug); percentages carry the position of their denominator. */
    record Cell(int column, String type, String measure, int denominator) {
    }

    static final List<Cell> CELLS = List.of(
        new Cell(3, "type-1", "attendances", -1), new Cell(4, "type-2", "attendances", -1),
        new Cell(5, "type-3", "attendances", -1), new Cell(6, "all-ae-types", "attendances", -1),
        new Cell(7, "type-1", "attendances-within-4-hours", -1), new Cell(8, "type-2", "attendances-within-4-hours", -1),
        new Cell(9, "type-3", "attendances-within-4-hours", -1),
        new Cell(10, "all-ae-types", "attendances-within-4-hours", -1),
        new Cell(11, "type-1", "attendances-over-4-hours", -1), new Cell(12, "type-2", "attendances-over-4-hours", -1),
        new Cell(13, "type-3", "attendances-over-4-hours", -1),
        new Cell(14, "all-ae-types", "attendances-over-4-hours", -1),
        new Cell(15, "all-ae-types", "percent-within-4-hours", 6), new Cell(16, "type-1", "percent-within-4-hours", 3),
        new Cell(17, "type-2", "percent-within-4-hours", 4), new Cell(18, "type-3", "percent-within-4-hours", 5),
        new Cell(19, "type-1", "emergency-admissions", -1), new Cell(20, "type-2", "emergency-admissions", -1),
        new Cell(21, "type-3-and-4", "emergency-admissions", -1),
        new Cell(22, "all-ae-types", "emergency-admissions", -1),
        new Cell(23, "not-via-ae", "emergency-admissions", -1), new Cell(24, "all-routes", "emergency-admissions", -1),
        new Cell(25, "all-ae-types", "decision-to-admit-over-4-hours", -1),
        new Cell(26, "all-ae-types", "decision-to-admit-over-12-hours", -1));

    private AeCsv() {
    }

    /** Every row, header included, as raw fields. */
    static List<String[]> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = new StringReader(text);
                MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
            return it.readAll();
        }
    }

    /** The number a cell stands for ("17,712" → 17712, "76.00%" → 76.00), or null for "-". */
    static BigDecimal number(String cell) {
        String s = cell.strip();
        if (s.equals("-")) {
            return null;
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        return new BigDecimal(s.replace(",", ""));
    }

    /** The observations a month's file must give: observation URI → value. */
    static Map<String, BigDecimal> expected(String month, Path file) throws IOException {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        List<String[]> rows = rows(file);
        for (String[] row : rows.subList(1, rows.size())) {
            for (Cell c : CELLS) {
                if (c.denominator() >= 0 && number(row[c.denominator()]).signum() == 0) {
                    continue; // not applicable: '-' (or 0.0 in April 2025) where there were no attendances of the type
                }
                out.put(OBS + row[0] + "/" + month + "/" + c.type() + "/" + c.measure(), number(row[c.column()]));
            }
        }
        return out;
    }

    /** The line (1-based, header = 1) that starts with this provider code. */
    static String line(Path file, String code) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(code + ",")) {
                return line;
            }
        }
        throw new IllegalArgumentException(code + " not in " + file);
    }

    static List<String> codes(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String[]> rows = rows(file);
        for (String[] row : rows.subList(1, rows.size())) {
            out.add(row[0]);
        }
        return out;
    }
}
