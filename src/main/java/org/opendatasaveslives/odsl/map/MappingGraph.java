package org.opendatasaveslives.odsl.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * The mapping's RDF graph with the look-ups the compilers share, and errors worded as the mapping file, the triples map
 * and the property path at fault.
 */
final class MappingGraph {
    final Path file;
    final String fileName;
    final Graph g;
    private final PrefixMapping prefixes;

    MappingGraph(Path file, Graph g, PrefixMapping prefixes) {
        this.file = file;
        this.fileName = file.toString();
        this.g = g;
        this.prefixes = prefixes;
    }

    List<Node> objs(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining((Triple t) -> out.add(t.getObject()));
        return out;
    }

    boolean has(Node s, Node p) {
        return g.contains(s, p, Node.ANY);
    }

    Node one(Node s, Node p, TriplesMapPlan tm, String where) throws MappingException {
        List<Node> os = objs(s, p);
        if (os.size() > 1) {
            throw err(tm, where, "has " + os.size() + " values; at most one is allowed");
        }
        return os.isEmpty() ? null : os.get(0);
    }

    String text(Node n, TriplesMapPlan tm, String where) throws MappingException {
        if (!n.isLiteral()) {
            throw err(tm, where, "expected a string, found " + label(n));
        }
        return n.getLiteralLexicalForm();
    }

    String label(Node n) {
        if (n.isURI()) {
            return shortIri(n.getURI());
        }
        if (n.isBlank()) {
            return "[blank node]";
        }
        return n.toString();
    }

    String shortIri(String iri) {
        String s = prefixes.qnameFor(iri);
        if (s == null) {
            s = PrefixMapping.Standard.qnameFor(iri);
        }
        return s != null ? s : "<" + iri + ">";
    }

    String shortList(List<String> iris) {
        List<String> out = new ArrayList<>();
        for (String i : iris) {
            out.add(shortIri(i));
        }
        return out.isEmpty() ? "nothing" : String.join(", ", out);
    }

    MappingException err(TriplesMapPlan tm, String property, String problem) {
        return new MappingException(fileName + ": triples map " + (tm == null ? "?" : tm.name) + ", " + property + ": "
                + problem);
    }
}
