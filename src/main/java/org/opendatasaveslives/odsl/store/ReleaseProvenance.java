package org.opendatasaveslives.odsl.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * PROV-O description of how a release's graph was made: the build activity with its times, the input files with
 * their SHA-256 digests, the mapping and shapes used, the software, and the record counts. It is stored in the
 * release's own graph, so it is replaced with the data and travels with every dump of it.
 */
public final class ReleaseProvenance {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Node release;
    private final String graphIri;
    private final Node activity;

    public ReleaseProvenance(Node release, Node namedGraph, Instant started) {
        this.release = release;
        this.graphIri = namedGraph.getURI();
        this.activity = NodeFactory.createURI(graphIri + "#build");
        add(release, Odsl.NAMED_GRAPH, namedGraph);
        add(release, prov("wasGeneratedBy"), activity);
        add(activity, RDF.Nodes.type, prov("Activity"));
        add(activity, RDFS.Nodes.label, NodeFactory.createLiteralString("ODSL Graph build of " + namedGraph.getURI()));
        add(activity, prov("startedAtTime"), time(started));
        Node software = NodeFactory.createURI("https://odsl.org.uk/id/software/odsl-graph/" + softwareVersion());
        add(activity, prov("wasAssociatedWith"), software);
        add(software, RDF.Nodes.type, prov("SoftwareAgent"));
        add(software, RDFS.Nodes.label, NodeFactory.createLiteralString("ODSL Graph " + softwareVersion()));
    }

    /** An input file, the mapping or a shapes file, named by its path as the catalogue gives it. */
    public void used(String role, int index, String displayPath, Path file) throws IOException {
        Node entity = NodeFactory.createURI(graphIri + "#" + role + "-" + index);
        add(activity, prov("used"), entity);
        add(entity, RDF.Nodes.type, prov("Entity"));
        add(entity, RDFS.Nodes.label, NodeFactory.createLiteralString(displayPath));
        add(entity, Odsl.SHA256, NodeFactory.createLiteralString(sha256(file)));
        if (role.equals("input")) {
            add(release, prov("wasDerivedFrom"), entity);
        }
    }

    public Graph finish(Instant ended, long read, long loaded, long rejected) {
        add(activity, prov("endedAtTime"), time(ended));
        add(release, Odsl.RECORDS_READ, integer(read));
        add(release, Odsl.RECORDS_LOADED, integer(loaded));
        add(release, Odsl.RECORDS_REJECTED, integer(rejected));
        return graph;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public static String softwareVersion() {
        String version = ReleaseProvenance.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }

    private static Node time(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
