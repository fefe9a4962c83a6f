package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.store.Compaction;
import org.opendatasaveslives.odsl.store.FeedbackGraphs;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.validate.RdfFiles;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * {@code odsl build}: loads the ontology and code lists, builds every release the catalogue lists (map, validate,
 * load; see {@link ReleaseBuilder} and {@link ReleaseGroups}), then derives the geography links, runs the checks and
 * compacts the database when rebuilds have grown it (see {@link Compaction}).
 */
public final class BuildPipeline {

    /**
     * @param catalog the catalogue file
     * @param dataDir the folder inputs are relative to
     * @param db      the TDB2 database folder
     * @param reports where rejects and check reports go
     * @param base    the base of minted URIs
     * @param home    the project folder holding ontology/ and queries/
     * @param strict  stop a release at its first bad record
     * @param only    build only these releases (by catalogue name); empty for all
     * @param compact compact the database after the build even if it has not grown past the limit
     * @param commitQuads commit the releases in groups of at least this many quads (see {@link ReleaseGroups})
     */
    public record Settings(Path catalog, Path dataDir, Path db, Path reports, String base, Path home, boolean strict,
                           Set<String> only, boolean compact, long commitQuads) {
        public Settings {
            if (commitQuads < 1) {
                throw new IllegalArgumentException("commitQuads must be at least 1, not " + commitQuads);
            }
        }
    }

    private final Settings settings;
    private final PrintWriter out;

    public BuildPipeline(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    public BuildReport run() throws CatalogException, StoreException, InvalidInputException, IOException {
        List<ReleaseSpec> releases = selected(new CatalogReader(settings.base()).read(settings.catalog(), settings.dataDir()));
        long suppressBelow = DisclosureThreshold.of(settings.catalog());
        Graph ontology = RdfFiles.read(List.of(settings.home().resolve("ontology")));
        Files.createDirectories(settings.reports());
        DatasetGraph dsg = Store.open(settings.db());
        try {
            replaceGraph(dsg, Odsl.ontologyGraph(settings.base()), ontology);
            Txn.executeWrite(dsg, () -> FeedbackGraphs.ensure(dsg, settings.base()));
            out.printf("ontology and code lists: %,d triples%n", ontology.size());
            ReleaseBuilder builder = new ReleaseBuilder(dsg, ontology, settings.base(), settings.dataDir(),
                settings.reports(), settings.strict(), settings.home().resolve("shapes/guards"));
            List<ReleaseOutcome> outcomes = new ReleaseGroups(dsg, builder, out, settings.commitQuads())
                .buildAll(releases);
            Derivation derivation = new Derivation(dsg, Odsl.ontologyGraph(settings.base()),
                Odsl.derivedGraph(settings.base()), settings.base(), suppressBelow);
            long derived = derivation.derive(settings.home().resolve("queries/derive"), out);
            out.printf("derived graph: %,d triples%n", derived);
            List<CheckResult> checks = derivation.check(settings.home().resolve("queries/checks"));
            for (CheckResult check : checks) {
                out.println(check.describe(10));
                CheckReport.write(check, settings.reports().resolve("check-" + check.file().replace(".rq", ".csv")));
            }
            QualityMeasurements.recordChecks(dsg, settings.base(), checks);
            out.println(Compaction.compactIfGrown(dsg, settings.db(), settings.compact()).describe());
            BuildReport report = new BuildReport(outcomes, checks, derived);
            out.println(report.summary());
            out.flush();
            return report;
        } finally {
            Store.close(dsg);
        }
    }

    private List<ReleaseSpec> selected(List<ReleaseSpec> releases) throws CatalogException {
        if (settings.only().isEmpty()) {
            return releases;
        }
        List<ReleaseSpec> chosen = releases.stream().filter(r -> settings.only().contains(r.id())).toList();
        if (chosen.size() != settings.only().size()) {
            throw new CatalogException(settings.catalog() + ": no release named "
                + settings.only().stream().filter(id -> chosen.stream().noneMatch(r -> r.id().equals(id))).toList()
                + "; it lists " + releases.stream().map(ReleaseSpec::id).toList());
        }
        return chosen;
    }

    private static void replaceGraph(DatasetGraph dsg, Node graphName, Graph content) {
        Txn.executeWrite(dsg, () -> {
            Store.eraseGraph(dsg, graphName);
            content.find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

}
