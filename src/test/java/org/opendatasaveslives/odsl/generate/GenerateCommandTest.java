package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.cli.GenerateCommand;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void printsOneLinePerFileWithItsRows() {
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new GenerateCommand());
        command.setOut(new PrintWriter(output));

        int exit = command.execute("--out", temp.toString(), "--seed", "9", "--scale", "2");

        assertEquals(0, exit);
        List<String> lines = output.toString().lines().toList();
        GenerationSummary same = DemoDataGenerator.generate(temp.resolve("api"), 9, 2);
        assertEquals(same.files().stream().map(f -> temp.resolve(f.relativePath()) + " " + f.rows() + " rows").toList(),
                lines);
        assertTrue(lines.contains(temp.resolve("police/2025-03-kent-street.csv") + " 1000 rows"), lines.toString());
        assertTrue(Files.exists(temp.resolve("geography/sicbl_icb_nhser.csv")));
    }

    @Test
    void defaultsToSeed42AndScale1() {
        CommandLine command = new CommandLine(new GenerateCommand());
        command.setOut(new PrintWriter(new StringWriter()));
        command.execute("--out", temp.resolve("cli").toString());

        GenerationSummary api = DemoDataGenerator.generate(temp.resolve("api"), 42, 1);
        for (GeneratedFile file : api.files()) {
            assertEquals(readString(api.path(file)), readString(temp.resolve("cli").resolve(file.relativePath())));
        }
    }

    @Test
    void refusesScaleZeroWithAUsageError() {
        StringWriter errors = new StringWriter();
        CommandLine command = new CommandLine(new GenerateCommand());
        command.setErr(new PrintWriter(errors));

        int exit = command.execute("--out", temp.toString(), "--scale", "0");

        assertEquals(CommandLine.ExitCode.USAGE, exit);
        assertTrue(errors.toString().contains("--scale must be at least 1, got 0"), errors.toString());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
