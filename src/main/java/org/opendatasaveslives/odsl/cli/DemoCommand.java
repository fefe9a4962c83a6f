package org.opendatasaveslives.odsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.opendatasaveslives.odsl.build.BuildPipeline;
import org.opendatasaveslives.odsl.build.BuildReport;
import org.opendatasaveslives.odsl.build.CatalogException;
import org.opendatasaveslives.odsl.build.ReleaseGroups;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.GenerationSummary;
import org.opendatasaveslives.odsl.map.PseudonymKey;
import org.opendatasaveslives.odsl.store.StoreException;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.vocab.Odsl;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Generate demo data, build it and serve it on localhost.",
    description = {
        "Generate the synthetic demo data, build it with catalogs/demo.ttl into run/demo/db and serve it.",
        "Person-level releases are pseudonymised with the key in the file named by ODSL_PSEUDONYM_KEY_FILE, or else",
        "with a random key the demo keeps in run/demo/pseudonym.key. Anonymous visitors see the open releases; the",
        "demo user 'safeguarding' (its password is printed the first time) sees the person-level ones too.",
        "Equivalent to 'odsl generate', 'odsl build' and 'odsl serve' in a row."
    })
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "Size of the synthetic data (default: ${DEFAULT-VALUE}, about 500 crimes per force and month).")
    private int scale;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path home = ProjectHome.get();
        Path run = home.resolve("run/demo");
        Path data = run.resolve("data");
        Path db = run.resolve("db");
        try {
            if (!PseudonymKey.configured()) {
                PseudonymKey.useOrCreate(run.resolve("pseudonym.key"));
            }
        } catch (IOException e) {
            err.println("odsl demo: cannot create the demo's pseudonymisation key: " + e.getMessage());
            return 2;
        }
        GenerationSummary generated = DemoDataGenerator.generate(data, DemoDataGenerator.DEFAULT_SEED, scale);
        spec.commandLine().getOut().printf("generated %,d rows of synthetic data in %s%n", generated.totalRows(), data);
        BuildPipeline.Settings settings = new BuildPipeline.Settings(home.resolve("catalogs/demo.ttl"), data, db,
            run.resolve("reports"), Odsl.DEFAULT_BASE, home, false, java.util.Set.of(), false,
            ReleaseGroups.GROUP_QUADS);
        try {
            BuildReport report = new BuildPipeline(settings, spec.commandLine().getOut()).run();
            if (report.anyFailed()) {
                err.println("odsl demo: some releases failed to build (see above); serving what loaded");
            }
        } catch (CatalogException | StoreException | InvalidInputException | IOException e) {
            err.println("odsl demo: " + e.getMessage());
            return 2;
        }
        Path users = run.resolve("users.txt");
        DemoUser.ensure(users, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return new CommandLine(new ServeCommand()).execute("--db", db.toString(), "--port", Integer.toString(port),
            "--users", users.toString());
    }
}
