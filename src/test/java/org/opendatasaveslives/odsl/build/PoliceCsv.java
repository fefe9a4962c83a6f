package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Reads a CSV file directly, independently of the mapping engine, to compute the figures the graph must match. */
final class PoliceCsv {
    private PoliceCsv() {
    }

    static List<Map<String, String>> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                 .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    static Map<String, Long> countBy(List<Map<String, String>> rows, Function<Map<String, String>, String> key) {
        return rows.stream().map(key).filter(k -> k != null && !k.isEmpty())
            .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }
}
