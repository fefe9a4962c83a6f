package org.opendatasaveslives.odsl.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

import org.opendatasaveslives.odsl.build.BuildPipeline;
import org.opendatasaveslives.odsl.build.BuildReport;
import org.opendatasaveslives.odsl.build.CatalogException;
import org.opendatasaveslives.odsl.build.ReleaseGroups;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.map.PseudonymKey;
import org.opendatasaveslives.odsl.store.StoreException;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.vocab.Odsl;

/** The demo catalogue built from synthetic data into a folder of a benchmark: data, key, database and reports. */
final class DemoDatabase {
    private DemoDatabase() {
    }

    /** Generates the demo data at this scale in {@code dir/data}, and a pseudonym key in {@code dir} when none is configured. */
    static void generate(int scale, Path dir) throws IOException {
        DemoDataGenerator.generate(data(dir), DemoDataGenerator.DEFAULT_SEED, scale);
        if (!PseudonymKey.configured()) {
            PseudonymKey.useOrCreate(dir.resolve("pseudonym.key"));
        }
    }

    /**
     * Builds {@code catalogs/demo.ttl} over the data {@link #generate} wrote into {@code dir/db}.
     *
     * @throws IOException when a release fails to build
     */
    static BuildReport build(Path home, Path dir) throws IOException, CatalogException, StoreException,
            InvalidInputException {
        BuildPipeline.Settings settings = new BuildPipeline.Settings(home.resolve("catalogs/demo.ttl"),
                data(dir), database(dir), dir.resolve("reports"), Odsl.DEFAULT_BASE, home, false, Set.of(),
                false, ReleaseGroups.GROUP_QUADS);
        BuildReport report = new BuildPipeline(settings, new PrintWriter(new StringWriter())).run();
        if (report.anyFailed()) {
            throw new IOException("a release of the demo catalogue failed to build: " + report.summary());
        }
        return report;
    }

    /** The database folder {@link #build} writes. */
    static Path database(Path dir) {
        return dir.resolve("db");
    }

    /** The folder {@link #generate} writes the sources into. */
    static Path data(Path dir) {
        return dir.resolve("data");
    }
}
