package org.opendatasaveslives.odsl.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Dumps of named graphs as files: one graph as gzip N-Triples ({@code NAME.nt.gz}), several as gzip N-Quads
 * ({@code odsl.nq.gz}), each with a {@code .sha256} file in the format {@code sha256sum -c} reads. Quads are streamed
 * from the store to the file, never held in memory; a file appears under its name only once complete.
 */
public final class GraphDumps {
    /** The file of all the graphs dumped together. */
    public static final String ALL_GRAPHS = "odsl.nq.gz";
    public static final String SHA256_SUFFIX = ".sha256";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String GRAPH_SEGMENT = "/graph/";

    private GraphDumps() {
    }

    /**
     * The dump file of a graph: {@code RELEASE.nt.gz} for {@code {base}graph/RELEASE}; a graph IRI of another form, or
     * with characters unsafe in a file name, gets a readable slug and a digest of the IRI so names stay distinct.
     */
    public static String fileOf(Node graph) {
        String iri = graph.getURI();
        int at = iri.lastIndexOf(GRAPH_SEGMENT);
        String name = at < 0 ? iri : iri.substring(at + GRAPH_SEGMENT.length());
        if (at >= 0 && PLAIN_NAME.matcher(name).matches() && !name.startsWith(".")) {
            return name + ".nt.gz";
        }
        String slug = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return slug + "-" + digest(iri).substring(0, 8) + ".nt.gz";
    }

    /** Writes one graph as gzip N-Triples to {@code file}, and its {@code .sha256} beside it. */
    public static void writeGraph(DatasetGraph dsg, Node graph, Path file) throws IOException {
        write(file, file.getFileName().toString(), out -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
            stream.start();
            Txn.executeRead(dsg, () -> each(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), q -> stream.triple(q.asTriple())));
            stream.finish();
        });
    }

    /** Writes the graphs, in the order given, as one gzip N-Quads file, with its {@code .sha256} beside it. */
    public static void writeQuads(DatasetGraph dsg, Collection<Node> graphs, Path file, String nameInChecksum)
            throws IOException {
        write(file, nameInChecksum, out -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            stream.start();
            Txn.executeRead(dsg, () -> {
                for (Node graph : graphs) {
                    each(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), stream::quad);
                }
            });
            stream.finish();
        });
    }

    /** The checksum file beside a dump. */
    public static Path checksumOf(Path dump) {
        return dump.resolveSibling(dump.getFileName() + SHA256_SUFFIX);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path file, String nameInChecksum, Content content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        MessageDigest sha256 = sha256();
        try (OutputStream raw = Files.newOutputStream(partial);
             DigestOutputStream digesting = new DigestOutputStream(raw, sha256);
             GZIPOutputStream gzip = new GZIPOutputStream(digesting, 1 << 16)) {
            content.writeTo(gzip);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // The checksum is written last, so that its presence means the dump is complete.
        Path checksum = checksumOf(file);
        Path partialChecksum = checksum.resolveSibling(checksum.getFileName() + ".partial");
        Files.writeString(partialChecksum, HexFormat.of().formatHex(sha256.digest()) + "  " + nameInChecksum + "\n",
            StandardCharsets.UTF_8);
        Files.move(partialChecksum, checksum, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void each(Iterator<Quad> quads, Consumer<Quad> action) {
        try {
            quads.forEachRemaining(action);
        } finally {
            Iter.close(quads);
        }
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
