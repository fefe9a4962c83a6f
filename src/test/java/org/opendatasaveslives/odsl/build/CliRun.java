package org.opendatasaveslives.odsl.build;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.opendatasaveslives.odsl.cli.Odsl;

import picocli.CommandLine;

/** Runs an odsl command in-process and keeps its exit code and output. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Odsl.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public String all() {
        return out + err;
    }
}
