package org.opendatasaveslives.odsl.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;

/**
 * Checks a mapping graph against the project's SHACL shapes for RML ({@code /odsl/rml/rml-shapes.ttl}) and words each
 * violation as the triples map and the property path at fault, e.g.
 * {@code triples map ex:People, rml:predicateObjectMap/rml:objectMap/rml:termType: ...}.
 */
final class MappingShapes {
    private static final String RESOURCE = "/odsl/rml/rml-shapes.ttl";
    private static final int MAX_REPORTED = 5;
    private static final Shapes SHAPES = load();

    private MappingShapes() {
    }

    private static Shapes load() {
        try (InputStream in = MappingShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws a {@link MappingException} listing the violations (the first few) when the mapping does not conform. */
    static void check(String fileName, Graph mapping, PrefixMapping prefixes) throws MappingException {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, mapping);
        if (report.conforms()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String problem = describe(mapping, prefixes, e);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        StringBuilder sb = new StringBuilder(fileName).append(": ");
        sb.append(String.join("; " + fileName + ": ", problems.subList(0, Math.min(MAX_REPORTED, problems.size()))));
        if (problems.size() > MAX_REPORTED) {
            sb.append(" (and ").append(problems.size() - MAX_REPORTED).append(" more problems)");
        }
        throw new MappingException(sb.toString());
    }

    private static String describe(Graph g, PrefixMapping prefixes, ReportEntry e) {
        Node focus = e.focusNode();
        List<String> steps = new ArrayList<>();
        Node tm = owningTriplesMap(g, focus, steps);
        if (e.resultPath() != null) {
            steps.add(path(e.resultPath(), prefixes));
        }
        String where = tm == null ? label(focus, prefixes) : "triples map " + label(tm, prefixes);
        String property = steps.isEmpty() ? "" : ", " + String.join("/", steps);
        return where + property + ": " + e.message().strip().replaceAll("\\s+", " ");
    }

    /** The triples map the node belongs to, filling in the properties that lead from it to the node; or null. */
    private static Node owningTriplesMap(Graph g, Node focus, List<String> steps) {
        Map<Node, Triple> reachedBy = new HashMap<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(focus);
        reachedBy.put(focus, null);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (isTriplesMap(g, n)) {
                for (Triple t = reachedBy.get(n); t != null; t = reachedBy.get(t.getObject())) {
                    steps.add(qname(t.getPredicate().getURI(), PrefixMapping.Standard));
                }
                return n;
            }
            for (Triple t : g.find(Node.ANY, Node.ANY, n).toList()) {
                if (!reachedBy.containsKey(t.getSubject())) {
                    reachedBy.put(t.getSubject(), t);
                    todo.add(t.getSubject());
                }
            }
        }
        return null;
    }

    private static boolean isTriplesMap(Graph g, Node n) {
        return g.contains(n, RDF.type.asNode(), Rml.TriplesMap) || g.contains(n, Rml.logicalSource, Node.ANY);
    }

    private static String path(Path p, PrefixMapping prefixes) {
        if (p instanceof P_Link link) {
            return qname(link.getNode().getURI(), prefixes);
        }
        if (p instanceof P_Alt alt) {
            return path(alt.getLeft(), prefixes) + "|" + path(alt.getRight(), prefixes);
        }
        return p.toString();
    }

    private static String label(Node n, PrefixMapping prefixes) {
        if (n.isURI()) {
            return qname(n.getURI(), prefixes);
        }
        return n.isBlank() ? "[blank node]" : n.toString();
    }

    private static String qname(String iri, PrefixMapping prefixes) {
        if (iri.startsWith(Rml.NS)) {
            return "rml:" + iri.substring(Rml.NS.length());
        }
        String q = prefixes.qnameFor(iri);
        return q != null ? q : "<" + iri + ">";
    }
}
