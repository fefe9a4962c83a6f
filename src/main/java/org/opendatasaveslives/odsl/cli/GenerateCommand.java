package org.opendatasaveslives.odsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.GeneratedFile;
import org.opendatasaveslives.odsl.generate.GenerationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", header = "Write deterministic synthetic demo data in the real published layouts.", mixinStandardHelpOptions = true,
        description = {"Writes deterministic synthetic demo data in the real published layouts:",
            "ONS/NHS geography lookups for West Yorkshire and Kent; police.uk street-level crime,",
            "NHS England A&E attendances and COVID-19 cases by specimen date for 2025-01..2025-03;",
            "NHS ODS trusts and GP practices; CQC care locations; adult social care activity (ASC-FR) 2024-25.",
            "The same --seed and --scale give byte-identical files."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoDataGenerator.DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "" + DemoDataGenerator.DEFAULT_SCALE,
            description = "Street-crime rows per file are 500 x N (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Override
    public Integer call() {
        if (scale < 1) {
            throw new ParameterException(spec.commandLine(), "--scale must be at least 1, got " + scale);
        }
        GenerationSummary summary = DemoDataGenerator.generate(out, seed, scale);
        PrintWriter printer = spec.commandLine().getOut();
        for (GeneratedFile file : summary.files()) {
            printer.println(summary.path(file) + " " + file.rows() + " rows");
        }
        printer.flush();
        return 0;
    }
}
