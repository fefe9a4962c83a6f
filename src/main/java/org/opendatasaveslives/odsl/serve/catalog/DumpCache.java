package org.opendatasaveslives.odsl.serve.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.store.GraphDumps;

/**
 * The dump files the server has made, in a temporary folder of its own, each made on its first request and kept for
 * the life of the server (a served database does not change: TDB2 lets one process hold it). A graph's dump holds that
 * graph only, so it is the same file for everyone allowed to read the graph; the all-graphs dump is made per set of
 * readable graphs, so an anonymous user's {@code odsl.nq.gz} never holds a restricted graph. Whether a request may have
 * a file is decided by the caller before asking here.
 */
final class DumpCache {
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private volatile Path folder;

    /** The graph's dump ({@code .nt.gz}), made from the view now if not made before; its checksum file is beside it. */
    Path graph(DatasetGraph view, Node graph) throws IOException {
        String file = GraphDumps.fileOf(graph);
        return made(folder().resolve("graphs").resolve(file), () -> GraphDumps.writeGraph(view, graph,
            folder().resolve("graphs").resolve(file)));
    }

    /** The dump of these graphs together ({@code odsl.nq.gz}), made now if this set was not dumped before. */
    Path allGraphs(DatasetGraph view, List<Node> graphs) throws IOException {
        Path file = folder().resolve("all").resolve(keyOf(graphs)).resolve(GraphDumps.ALL_GRAPHS);
        return made(file, () -> GraphDumps.writeQuads(view, graphs, file, GraphDumps.ALL_GRAPHS));
    }

    /** Deletes every file made. */
    void clear() {
        Path made = folder;
        if (made == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(made)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the dump cache " + made, e);
        }
    }

    private interface Maker {
        void make() throws IOException;
    }

    private Path made(Path file, Maker maker) throws IOException {
        Path checksum = GraphDumps.checksumOf(file);
        if (Files.exists(checksum)) {
            return file;
        }
        synchronized (locks.computeIfAbsent(file.toString(), k -> new Object())) {
            if (!Files.exists(checksum)) {
                Files.createDirectories(file.getParent());
                maker.make();
            }
        }
        return file;
    }

    private Path folder() throws IOException {
        if (folder == null) {
            synchronized (this) {
                if (folder == null) {
                    folder = Files.createTempDirectory("odsl-dumps-");
                }
            }
        }
        return folder;
    }

    private static String keyOf(List<Node> graphs) {
        StringBuilder names = new StringBuilder();
        graphs.stream().map(Node::getURI).sorted().forEach(iri -> names.append(iri).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(names.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
