package org.opendatasaveslives.odsl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.store.AreaExtract;
import org.opendatasaveslives.odsl.store.ExistingDatabase;
import org.opendatasaveslives.odsl.store.ExtractFormat;
import org.opendatasaveslives.odsl.store.OpenGraphs;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
    header = "Write everything about one area and the places within it to one file (#GiveTheDataBack).",
    description = {
        "Write the area with the GSS code given, every area within it (odsl:within, transitively) and everything",
        "that refers to one of them (statistics by sdmx-dimension:refArea, crimes by their LSOA, organisations,",
        "councils), with all their statements, as Turtle (--out FILE.ttl) or N-Quads keeping each statement's",
        "release graph (--out FILE.nq); add .gz to compress. Open data only unless --include-restricted is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:extract written", "2:bad arguments, unknown area, or the database cannot be read"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder.")
    private Path db;

    @Option(names = "--area", required = true, paramLabel = "GSS_CODE", description = "The area's ONS GSS code, e.g. E08000035.")
    private String area;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .ttl or .nq, optionally .gz.")
    private Path out;

    @Option(names = "--include-restricted", description = "Include restricted releases (the file then holds restricted data).")
    private boolean includeRestricted;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExtractFormat format = ExtractFormat.ofFileName(out.getFileName().toString());
        if (format == null) {
            err.println("odsl extract: --out " + out + " must end in .ttl or .nq (optionally followed by .gz)");
            return 2;
        }
        if (!AreaExtract.isGssCode(area)) {
            err.println("odsl extract: --area " + area + " is not a GSS code: expected a letter and eight digits, e.g. E08000035");
            return 2;
        }
        DatasetGraph dsg;
        try {
            dsg = ExistingDatabase.open(db);
        } catch (StoreException e) {
            err.println("odsl extract: " + e.getMessage());
            return 2;
        }
        try {
            Set<Node> readable = new HashSet<>(OpenGraphs.all(dsg));
            if (!includeRestricted) {
                readable.removeAll(OpenGraphs.restricted(dsg));
            }
            AreaExtract extract = new AreaExtract(OpenGraphs.view(dsg, readable));
            if (!extract.knows(area)) {
                err.println("odsl extract: the database has no statement about area " + area + " ("
                    + AreaExtract.area(area).getURI() + ")");
                return 2;
            }
            long quads = write(extract, format);
            spec.commandLine().getOut().printf("area %s: %,d statements written to %s%n", area, quads, out);
            return 0;
        } catch (IOException e) {
            err.println("odsl extract: cannot write " + out + ": " + e.getMessage());
            return 2;
        } finally {
            Store.close(dsg);
        }
    }

    private long write(AreaExtract extract, ExtractFormat format) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream file = Files.newOutputStream(out);
             OutputStream sink = out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
            StreamRDF stream = format.open(sink);
            long quads = extract.writeTo(area, stream);
            stream.finish();
            return quads;
        }
    }
}
