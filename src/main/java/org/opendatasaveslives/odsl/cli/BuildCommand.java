package org.opendatasaveslives.odsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.opendatasaveslives.odsl.build.BuildPipeline;
import org.opendatasaveslives.odsl.build.BuildReport;
import org.opendatasaveslives.odsl.build.CatalogException;
import org.opendatasaveslives.odsl.build.ReleaseGroups;
import org.opendatasaveslives.odsl.store.StoreException;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.vocab.Odsl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
    header = "Map, validate and load every release of a catalogue into TDB2.",
    description = {
        "Build every release a DCAT catalogue lists: map its inputs with its RML mapping, validate each record with",
        "SHACL, and load what passes into its own named graph of a TDB2 database, replacing the previous version in",
        "one transaction. Records that fail go to a rejects report with their reasons. Then derive the geography",
        "links and list what stays unresolved."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every release loaded, no record rejected",
        "1:every release loaded, some records rejected (see the rejects reports)",
        "2:a release failed and kept its previous version, or bad arguments"
    })
public final class BuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--catalog", required = true, paramLabel = "FILE", description = "DCAT catalogue (Turtle) of the releases to build.")
    private Path catalog;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder (created if new).")
    private Path db;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder the catalogue's inputs are relative to (default: the catalogue's folder).")
    private Path data;

    @Option(names = "--reports", paramLabel = "DIR", description = "Folder for rejects and check reports (default: DB-reports beside the database).")
    private Path reports;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Odsl.DEFAULT_BASE, description = "Base of minted URIs (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--release", paramLabel = "NAME", description = "Build only this release of the catalogue (repeatable).")
    private java.util.Set<String> only = new java.util.LinkedHashSet<>();

    @Option(names = "--strict", description = "Fail a release at its first bad record instead of rejecting the record and going on.")
    private boolean strict;

    @Option(names = "--compact", description = "Compact the database after the build even if rebuilds have not yet grown it"
        + " past twice its compacted size (when they have, the build compacts anyway).")
    private boolean compact;

    @Option(names = "--commit-quads", paramLabel = "N", defaultValue = "" + ReleaseGroups.GROUP_QUADS,
        description = "Commit the releases in groups of at least N quads (default: ${DEFAULT-VALUE}): each commit"
        + " flushes every index to disk (a commit per release cost about 5%% of a small build's time). Each release stays"
        + " all or nothing; a build killed part-way loses at most the open group. 1 commits each release on its own.")
    private long commitQuads;

    @Override
    public Integer call() {
        if (commitQuads < 1) {
            throw new ParameterException(spec.commandLine(), "--commit-quads must be at least 1, got " + commitQuads);
        }
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data != null ? data : catalog.toAbsolutePath().getParent();
        Path reportsDir = reports != null ? reports : db.resolveSibling(db.getFileName() + "-reports");
        BuildPipeline.Settings settings = new BuildPipeline.Settings(catalog, dataDir, db, reportsDir,
            base.endsWith("/") ? base : base + "/", ProjectHome.get(), strict, only, compact, commitQuads);
        try {
            BuildReport report = new BuildPipeline(settings, spec.commandLine().getOut()).run();
            if (report.anyFailed()) {
                return 2;
            }
            return report.rejected() > 0 ? 1 : 0;
        } catch (CatalogException | StoreException | InvalidInputException | IOException e) {
            err.println("odsl build: " + e.getMessage());
            return 2;
        }
    }
}
