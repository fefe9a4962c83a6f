package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.opendatasaveslives.odsl.store.Store;

/**
 * Runs after the releases are loaded: the derivation rules ({@code queries/derive/*.ru}, SPARQL Update, in file-name
 * order) rebuild the derived graph (geography resolution, roll-ups), then the checks ({@code queries/checks/*.rq})
 * list what is still unresolved. The derived graph is served to everyone, so rules read only open data: the union of
 * the open releases, the ontology and the derived graph ({@link OpenGraphsView}); {@code ?derived} is bound to the
 * derived graph and {@code ?base} to the base IRI as a string, for the IRIs rules mint. Before the graph is committed,
 * small counts in the crime cube are suppressed ({@link DisclosureControl}).
 */
final class Derivation {
    private final DatasetGraph dsg;
    private final Node ontologyGraph;
    private final Node derivedGraph;
    private final String base;
    private final long suppressBelow;

    Derivation(DatasetGraph dsg, Node ontologyGraph, Node derivedGraph, String base, long suppressBelow) {
        this.dsg = dsg;
        this.ontologyGraph = ontologyGraph;
        this.derivedGraph = derivedGraph;
        this.base = base;
        this.suppressBelow = suppressBelow;
    }

    /** Replaces the derived graph with what the rules infer now, reporting each rule; returns its size. */
    long derive(Path rulesDir, PrintWriter out) throws IOException {
        List<Path> rules = files(rulesDir, ".ru");
        return Txn.calculateWrite(dsg, () -> {
            Store.eraseGraph(dsg, derivedGraph);
            OpenGraphsView openData = OpenGraphsView.of(dsg, ontologyGraph, derivedGraph);
            for (Path rule : rules) {
                long before = dsg.getGraph(derivedGraph).size();
                long start = System.nanoTime();
                UpdateExec.dataset(openData).update(UpdateFactory.read(rule.toString()))
                    .substitution("derived", derivedGraph).substitution("base", NodeFactory.createLiteralString(base))
                    .execute();
                out.printf("  rule %s: +%,d triples in %.1f s%n", rule.getFileName(),
                    dsg.getGraph(derivedGraph).size() - before, (System.nanoTime() - start) / 1e9);
            }
            out.println("  " + new DisclosureControl(suppressBelow, base).apply(openData, derivedGraph).describe());
            return dsg.getGraph(derivedGraph).size();
        });
    }

    /** Each check's title and result rows. */
    List<CheckResult> check(Path checksDir) throws IOException {
        List<CheckResult> results = new ArrayList<>();
        for (Path file : files(checksDir, ".rq")) {
            Query query = QueryFactory.read(file.toString());
            RowSetRewindable rows = Txn.calculateRead(dsg, () -> detached(QueryExec.dataset(dsg).query(query).select()));
            results.add(new CheckResult(file.getFileName().toString(), titleOf(file), query.getResultVars(), rows));
        }
        return results;
    }

    /** The rows with their nodes decoded now: store-backed bindings cannot be read once the transaction ends. */
    private static RowSetRewindable detached(RowSet rows) {
        List<Binding> copies = new ArrayList<>();
        rows.forEachRemaining(row -> {
            BindingBuilder copy = Binding.builder();
            row.forEach(copy::add);
            copies.add(copy.build());
        });
        return RowSetStream.create(rows.getResultVars(), copies.iterator()).rewindable();
    }

    private static String titleOf(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith("# Title:")).map(l -> l.substring("# Title:".length()).trim())
                .findFirst().orElse(file.getFileName().toString());
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("folder not found: " + dir);
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
