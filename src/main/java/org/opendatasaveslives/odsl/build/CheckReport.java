package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.ResultSetAdapter;

/** Writes a check's rows as a CSV file in the reports folder. */
final class CheckReport {
    private CheckReport() {
    }

    static void write(CheckResult check, Path file) throws IOException {
        check.rows().reset();
        try (OutputStream out = Files.newOutputStream(file)) {
            ResultSetFormatter.outputAsCSV(out, new ResultSetAdapter(check.rows()));
        }
        check.rows().reset();
    }
}
