package org.opendatasaveslives.odsl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code odsl} command line: one subcommand per stage of the pipeline, plus the demo. */
@Command(name = "odsl", mixinStandardHelpOptions = true, versionProvider = OdslVersion.class,
    description = "ODSL Graph: map police, health and social-care open data to linked data, validate it, load it and serve it.",
    subcommands = {MapCommand.class, ValidateCommand.class, BuildCommand.class, ServeCommand.class,
        GenerateCommand.class, DemoCommand.class, BenchCommand.class, UserCommand.class,
        DumpCommand.class, PublishCommand.class,
        ExtractCommand.class,
        CommandLine.HelpCommand.class})
public final class Odsl implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Odsl());
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
