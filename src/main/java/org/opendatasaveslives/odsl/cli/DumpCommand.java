package org.opendatasaveslives.odsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.store.ExistingDatabase;
import org.opendatasaveslives.odsl.store.GraphDumps;
import org.opendatasaveslives.odsl.store.OpenGraphs;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dump", mixinStandardHelpOptions = true,
    header = "Write named graphs as gzip N-Triples and N-Quads files with SHA-256 checksums.",
    description = {
        "Write each named graph of a built database as RELEASE.nt.gz, and all of them together as odsl.nq.gz, each",
        "with a .sha256 file ('sha256sum -c' checks them). Graphs of releases whose access tier is odsl:Restricted",
        "are left out unless named with --graph or --include-restricted is given. Quads are streamed to the files."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:dumps written", "2:bad arguments, unknown graph, or the database cannot be read"})
public final class DumpCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder.")
    private Path db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the dump files (created if new).")
    private Path out;

    @Option(names = "--graph", paramLabel = "IRI", description = "Dump only this named graph (repeatable; default: every open graph).")
    private List<String> graphs = new ArrayList<>();

    @Option(names = "--include-restricted", description = "Dump restricted releases too (the files then hold restricted data).")
    private boolean includeRestricted;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DatasetGraph dsg;
        try {
            dsg = ExistingDatabase.open(db);
        } catch (StoreException e) {
            err.println("odsl dump: " + e.getMessage());
            return 2;
        }
        try {
            return dump(dsg, spec.commandLine().getOut(), err);
        } catch (IOException e) {
            err.println("odsl dump: cannot write to " + out + ": " + e.getMessage());
            return 2;
        } finally {
            Store.close(dsg);
        }
    }

    private int dump(DatasetGraph dsg, PrintWriter stdout, PrintWriter err) throws IOException {
        List<Node> all = OpenGraphs.all(dsg);
        Set<Node> chosen = new LinkedHashSet<>();
        if (graphs.isEmpty()) {
            Set<Node> restricted = includeRestricted ? Set.of() : OpenGraphs.restricted(dsg);
            all.stream().filter(g -> !restricted.contains(g)).forEach(chosen::add);
            if (!restricted.isEmpty()) {
                stdout.printf("left out %d restricted graph(s); name them with --graph or add --include-restricted%n",
                    restricted.size());
            }
        } else {
            for (String iri : graphs) {
                Node graph = NodeFactory.createURI(iri);
                if (!all.contains(graph)) {
                    err.println("odsl dump: the database has no named graph " + iri);
                    return 2;
                }
                chosen.add(graph);
            }
        }
        Map<String, Node> byFile = new HashMap<>();
        for (Node graph : chosen) {
            Node clash = byFile.put(GraphDumps.fileOf(graph), graph);
            if (clash != null) {
                err.println("odsl dump: graphs " + clash.getURI() + " and " + graph.getURI() + " would share the file "
                    + GraphDumps.fileOf(graph));
                return 2;
            }
        }
        Files.createDirectories(out);
        DatasetGraph view = OpenGraphs.view(dsg, chosen);
        for (Node graph : chosen) {
            Path file = out.resolve(GraphDumps.fileOf(graph));
            GraphDumps.writeGraph(view, graph, file);
            stdout.printf("%s: %s (%,d bytes)%n", graph.getURI(), file, Files.size(file));
        }
        Path quads = out.resolve(GraphDumps.ALL_GRAPHS);
        GraphDumps.writeQuads(view, chosen, quads, GraphDumps.ALL_GRAPHS);
        stdout.printf("%d graph(s): %s (%,d bytes); check with: cd %s && sha256sum -c *.sha256%n", chosen.size(), quads,
            Files.size(quads), out);
        return 0;
    }
}
