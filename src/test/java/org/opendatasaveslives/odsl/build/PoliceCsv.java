package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opendatasaveslives.odsl.generate.CsvTestFiles;

/** Reads a CSV file directly, independently of the mapping engine, to compute the figures the graph must match. */
final class PoliceCsv {
    private PoliceCsv() {
    }

    static List<Map<String, String>> rows(Path file) throws IOException {
        return CsvTestFiles.records(file);
    }

    static Map<String, Long> countBy(List<Map<String, String>> rows, Function<Map<String, String>, String> key) {
        return rows.stream().map(key).filter(k -> k != null && !k.isEmpty())
            .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }
}
