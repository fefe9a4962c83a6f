package org.opendatasaveslives.odsl.store;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The two forms of an area extract: Turtle (one graph, the statements of every release merged; easiest to read) and
 * N-Quads (each statement in the named graph of the release it came from, so its provenance stays with it).
 */
public enum ExtractFormat {
    TURTLE("text/turtle", ".ttl", RDFFormat.TURTLE_BLOCKS),
    NQUADS("application/n-quads", ".nq", RDFFormat.NQUADS);

    private static final Map<String, String> PREFIXES = Map.of(
        "odsl", "https://odsl.org.uk/def/odsl/",
        "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
        "skos", "http://www.w3.org/2004/02/skos/core#",
        "dcterms", "http://purl.org/dc/terms/",
        "qb", "http://purl.org/linked-data/cube#",
        "sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#",
        "geo", "http://www.w3.org/2003/01/geo/wgs84_pos#",
        "area", AreaExtract.AREA_BASE,
        "month", "http://reference.data.gov.uk/id/month/");

    private final String mediaType;
    private final String suffix;
    private final RDFFormat format;

    ExtractFormat(String mediaType, String suffix, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The format a file name asks for ({@code .ttl} or {@code .nq}, optionally followed by {@code .gz}), or null. */
    public static ExtractFormat ofFileName(String name) {
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        for (ExtractFormat f : values()) {
            if (plain.endsWith(f.suffix)) {
                return f;
            }
        }
        return null;
    }

    /** A started stream writing to {@code out}; call {@code finish()} when done. */
    public StreamRDF open(OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        StreamRDF stream = this == NQUADS ? writer : new MergedGraphs(writer);
        stream.start();
        if (this == TURTLE) {
            PREFIXES.forEach(stream::prefix);
        }
        return stream;
    }

    /**
     * Writes quads as triples, leaving out a subject's statement repeated by several releases (every lookup names the
     * district it places an LSOA in). The extract sends each subject's statements together, so only those of the
     * current subject are remembered.
     */
    private static final class MergedGraphs extends StreamRDFWrapper {
        private final Set<Triple> subjectSeen = new HashSet<>();
        private Node subject;

        MergedGraphs(StreamRDF writer) {
            super(writer);
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getSubject().equals(subject)) {
                subject = quad.getSubject();
                subjectSeen.clear();
            }
            if (subjectSeen.add(quad.asTriple())) {
                triple(quad.asTriple());
            }
        }
    }
}
