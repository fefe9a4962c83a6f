package org.opendatasaveslives.odsl.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Translates a mapping written in the legacy namespaces to the <a href="http://w3id.org/rml/">RML</a> vocabulary,
 * graph to graph, so that it compiles like any other mapping: R2RML ({@code rr:}), the semweb RML namespace
 * ({@code rml:}), reference formulations ({@code ql:CSV}, {@code ql:JSONPath}) and legacy FnML
 * ({@code fnml:functionValue} with {@code fno:executes}).
 */
final class LegacyRmlTranslator {
    static final String R2RML = "http://www.w3.org/ns/r2rml#";
    static final String LEGACY_RML = "http://semweb.mmlab.be/ns/rml#";
    static final String QL = "http://semweb.mmlab.be/ns/ql#";
    static final String FNML = "http://semweb.mmlab.be/ns/fnml#";
    private static final List<String> LEGACY_NAMESPACES = List.of(R2RML, LEGACY_RML, QL, FNML);

    private static final Node RR_PREDICATE_OBJECT_MAP = rr("predicateObjectMap");
    private static final Node RR_PREDICATE = rr("predicate");
    private static final Node RR_PREDICATE_MAP = rr("predicateMap");
    private static final Node RR_OBJECT = rr("object");
    private static final Node RR_OBJECT_MAP = rr("objectMap");
    private static final Node RR_CONSTANT = rr("constant");
    private static final Node RR_SUBJECT_MAP = rr("subjectMap");
    private static final Node RR_GRAPH_MAP = rr("graphMap");
    private static final Node RR_TEMPLATE = rr("template");
    private static final Node RR_COLUMN = rr("column");
    private static final Node RR_PARENT_TRIPLES_MAP = rr("parentTriplesMap");
    private static final Node RR_JOIN_CONDITION = rr("joinCondition");
    private static final Node RR_CHILD = rr("child");
    private static final Node RR_PARENT = rr("parent");
    private static final Node RML_LOGICAL_SOURCE = legacy("logicalSource");
    private static final Node RML_REFERENCE_FORMULATION = legacy("referenceFormulation");
    private static final Node RML_SOURCE = legacy("source");
    private static final Node RML_REFERENCE = legacy("reference");
    private static final Node RML_LANGUAGE_MAP = legacy("languageMap");
    private static final Node RML_DATATYPE_MAP = legacy("datatypeMap");
    private static final Node RR_DATATYPE = rr("datatype");
    private static final Node RR_LANGUAGE = rr("language");
    private static final Node RR_TERM_TYPE = rr("termType");
    private static final Node RR_LITERAL = rr("Literal");
    private static final Node QL_JSONPATH = NodeFactory.createURI(QL + "JSONPath");
    private static final Node FUNCTION_VALUE = NodeFactory.createURI(FNML + "functionValue");
    private static final Set<String> EXECUTES = Set.of("https://w3id.org/function/ontology#executes",
            "http://w3id.org/function/ontology#executes");
    private static final Pattern DOTTED_NAMES = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final Graph in;
    private final Graph out = GraphFactory.createDefaultGraph();
    /** Nodes whose own triples the FnML translation has replaced. */
    private final Set<Node> consumed = new HashSet<>();
    /** Term maps and join conditions of JSONPath sources, whose references are relative in the legacy vocabulary. */
    private final Set<Node> jsonTermMaps = new HashSet<>();
    private final Set<Node> jsonChildren = new HashSet<>();
    private final Set<Node> jsonParents = new HashSet<>();

    private LegacyRmlTranslator(Graph in) {
        this.in = in;
    }

    /** True when the mapping uses a term of a legacy namespace. */
    static boolean isLegacy(Graph g) {
        return g.stream().anyMatch(t -> legacyTerm(t.getPredicate()) || legacyTerm(t.getObject()));
    }

    /** The mapping in the current RML vocabulary, prefixes included. */
    static Model translate(Model legacy) {
        LegacyRmlTranslator t = new LegacyRmlTranslator(legacy.getGraph());
        t.markJsonTermMaps();
        t.translateFunctionValues();
        t.renameTheRest();
        t.keepEmptyCsvCellsAbsent();
        Model model = ModelFactory.createModelForGraph(t.out);
        legacy.getNsPrefixMap().forEach((prefix, ns) -> {
            if (!LEGACY_NAMESPACES.contains(ns)) {
                model.setNsPrefix(prefix, ns);
            }
        });
        model.setNsPrefix("rml", Rml.NS);
        return model;
    }

    // ---------------------------------------------------------------- JSONPath references

    private void markJsonTermMaps() {
        Map<Node, Boolean> json = new HashMap<>();
        in.find(Node.ANY, RML_LOGICAL_SOURCE, Node.ANY).forEachRemaining(t -> json.put(t.getSubject(),
                isJson(t.getObject())));
        json.forEach((tm, isJson) -> {
            Set<Node> maps = termMapsOf(tm);
            if (isJson) {
                jsonTermMaps.addAll(maps);
                objectMapsOf(tm).stream().filter(this::untypedReferenceLiteral).forEach(m ->
                        out.add(Triple.create(m, Rml.datatype, XSD.xstring.asNode())));
            }
            for (Node m : maps) {
                for (Node jc : objects(m, RR_JOIN_CONDITION)) {
                    if (isJson) {
                        jsonChildren.add(jc);
                    }
                    for (Node parent : objects(m, RR_PARENT_TRIPLES_MAP)) {
                        if (json.getOrDefault(parent, false)) {
                            jsonParents.add(jc);
                        }
                    }
                }
            }
        });
    }

    private boolean isJson(Node logicalSource) {
        if (in.contains(logicalSource, RML_REFERENCE_FORMULATION, QL_JSONPATH)) {
            return true;
        }
        return !in.contains(logicalSource, RML_REFERENCE_FORMULATION, Node.ANY)
                && objects(logicalSource, RML_SOURCE).stream().anyMatch(s -> s.isLiteral()
                        && s.getLiteralLexicalForm().toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    private List<Node> objectMapsOf(Node tm) {
        List<Node> maps = new ArrayList<>();
        for (Node pom : objects(tm, RR_PREDICATE_OBJECT_MAP)) {
            maps.addAll(objects(pom, RR_OBJECT_MAP));
        }
        return maps;
    }

    /**
     * Legacy processors give every JSON value as a plain string (the number 10 is "10"), where RML-Core gives numbers
     * and booleans their XSD datatype; an explicit xsd:string keeps the legacy output.
     */
    private boolean untypedReferenceLiteral(Node objectMap) {
        return in.contains(objectMap, RML_REFERENCE, Node.ANY) && !in.contains(objectMap, RR_DATATYPE, Node.ANY)
                && !in.contains(objectMap, RR_LANGUAGE, Node.ANY) && !in.contains(objectMap, RML_LANGUAGE_MAP, Node.ANY)
                && !in.contains(objectMap, RML_DATATYPE_MAP, Node.ANY)
                && objects(objectMap, RR_TERM_TYPE).stream().allMatch(RR_LITERAL::equals);
    }

    /** Every term map of a triples map, function inputs included. */
    private Set<Node> termMapsOf(Node tm) {
        Set<Node> maps = new HashSet<>();
        List<Node> todo = new ArrayList<>(objects(tm, RR_SUBJECT_MAP));
        for (Node pom : objects(tm, RR_PREDICATE_OBJECT_MAP)) {
            todo.addAll(objects(pom, RR_PREDICATE_MAP));
            todo.addAll(objects(pom, RR_OBJECT_MAP));
            todo.addAll(objects(pom, RR_GRAPH_MAP));
        }
        while (!todo.isEmpty()) {
            Node m = todo.remove(todo.size() - 1);
            if (!maps.add(m)) {
                continue;
            }
            todo.addAll(objects(m, RR_GRAPH_MAP));
            todo.addAll(objects(m, RML_LANGUAGE_MAP));
            todo.addAll(objects(m, RML_DATATYPE_MAP));
            for (Node f : objects(m, FUNCTION_VALUE)) {
                for (Node pom : objects(f, RR_PREDICATE_OBJECT_MAP)) {
                    todo.addAll(objects(pom, RR_OBJECT_MAP));
                }
            }
        }
        return maps;
    }

    /**
     * A legacy JSONPath reference is relative to the iterated node: {@code Name} is {@code $.Name},
     * {@code identifier[?(@.system == 'x')].value} is {@code $.identifier[?(@.system == 'x')].value}; anything else
     * is one member name ({@code full name} is {@code $['full name']}).
     */
    static String absoluteJsonPath(String ref) {
        if (ref.startsWith("$")) {
            return ref;
        }
        if (ref.startsWith("[")) {
            return "$" + ref;
        }
        if (DOTTED_NAMES.matcher(ref).matches()) {
            return "$." + ref;
        }
        int bracket = ref.indexOf('[');
        if (bracket > 0 && DOTTED_NAMES.matcher(ref.substring(0, bracket)).matches()) {
            try {
                JsonPath.parse("$." + ref);
                return "$." + ref;
            } catch (IllegalArgumentException e) {
                // a member name with brackets in it
            }
        }
        return "$['" + ref.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The template with each {reference} made an absolute JSONPath; backslash escapes are kept as written. */
    static String absoluteJsonTemplate(String template) {
        StringBuilder sb = new StringBuilder();
        StringBuilder ref = null;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            StringBuilder target = ref == null ? sb : ref;
            if (c == '\\' && i + 1 < template.length()) {
                target.append(c).append(template.charAt(++i));
            } else if (c == '{' && ref == null) {
                sb.append(c);
                ref = new StringBuilder();
            } else if (c == '}' && ref != null) {
                sb.append(absoluteJsonPath(ref.toString())).append(c);
                ref = null;
            } else {
                target.append(c);
            }
        }
        if (ref != null) {
            sb.append(ref);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- FnML

    /**
     * A legacy function value is a small triples map whose predicate-object maps give the function
     * ({@code fno:executes}) and the parameters; it becomes an {@code rml:functionExecution} with one
     * {@code rml:input} per parameter.
     */
    private void translateFunctionValues() {
        for (Triple t : in.find(Node.ANY, FUNCTION_VALUE, Node.ANY).toList()) {
            Node exec = t.getObject();
            out.add(Triple.create(t.getSubject(), Rml.functionExecution, exec));
            consumed.add(exec);
            for (Node pom : objects(exec, RR_PREDICATE_OBJECT_MAP)) {
                consumed.add(pom);
                Node predicate = predicateOf(pom);
                if (predicate != null && predicate.isURI() && EXECUTES.contains(predicate.getURI())) {
                    for (Node fn : objects(pom, RR_OBJECT)) {
                        out.add(Triple.create(exec, Rml.function, fn));
                    }
                    for (Node om : objects(pom, RR_OBJECT_MAP)) {
                        consumed.add(om);
                        objects(om, RR_CONSTANT).forEach(fn -> out.add(Triple.create(exec, Rml.function, fn)));
                    }
                    continue;
                }
                out.add(Triple.create(exec, Rml.input, pom));
                if (predicate != null) {
                    out.add(Triple.create(pom, Rml.parameter, predicate));
                }
                objects(pom, RR_OBJECT).forEach(v -> out.add(Triple.create(pom, Rml.inputValue, v)));
                objects(pom, RR_OBJECT_MAP).forEach(m -> out.add(Triple.create(pom, Rml.inputValueMap, m)));
            }
        }
    }

    /** The constant predicate of a predicate-object map ({@code rr:predicate} or a constant predicate map). */
    private Node predicateOf(Node pom) {
        for (Node p : objects(pom, RR_PREDICATE)) {
            return p;
        }
        for (Node pm : objects(pom, RR_PREDICATE_MAP)) {
            consumed.add(pm);
            for (Node c : objects(pm, RR_CONSTANT)) {
                return c;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- everything else

    private void renameTheRest() {
        in.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (consumed.contains(s) || p.equals(FUNCTION_VALUE)
                    || (p.equals(RDF.type.asNode()) && o.isURI() && o.getURI().startsWith(FNML))) {
                return;
            }
            if (o.isLiteral() && jsonReference(s, p)) {
                String text = o.getLiteralLexicalForm();
                o = NodeFactory.createLiteralString(p.equals(RR_TEMPLATE) ? absoluteJsonTemplate(text)
                        : absoluteJsonPath(text));
            }
            out.add(Triple.create(rename(s), p.equals(RR_COLUMN) ? Rml.reference : rename(p), rename(o)));
        });
    }

    /**
     * Legacy engines generate nothing for an empty CSV cell, and mappings written for them rely on it; RML-IO reads it
     * as "" unless the source lists "" with rml:null. A legacy source named by a plain path becomes a path source
     * that does.
     */
    private void keepEmptyCsvCellsAbsent() {
        for (Triple t : out.find(Node.ANY, Rml.source, Node.ANY).toList()) {
            Node logicalSource = t.getSubject();
            Node path = t.getObject();
            if (!path.isLiteral() || !isCsv(logicalSource, path.getLiteralLexicalForm())) {
                continue;
            }
            Node source = NodeFactory.createBlankNode();
            out.delete(t);
            out.add(Triple.create(logicalSource, Rml.source, source));
            out.add(Triple.create(source, Rml.path, path));
            out.add(Triple.create(source, Rml.root, Rml.MappingDirectory));
            out.add(Triple.create(source, Rml.nullValue, NodeFactory.createLiteralString("")));
        }
    }

    private boolean isCsv(Node logicalSource, String path) {
        List<Node> formulations = out.find(logicalSource, Rml.referenceFormulation, Node.ANY)
                .mapWith(Triple::getObject).toList();
        return formulations.isEmpty() ? path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                : formulations.contains(Rml.CSV);
    }

    private boolean jsonReference(Node s, Node p) {
        if (p.equals(RR_CHILD)) {
            return jsonChildren.contains(s);
        }
        if (p.equals(RR_PARENT)) {
            return jsonParents.contains(s);
        }
        return (p.equals(RML_REFERENCE) || p.equals(RR_TEMPLATE)) && jsonTermMaps.contains(s);
    }

    private static Node rename(Node n) {
        if (!n.isURI()) {
            return n;
        }
        String iri = n.getURI();
        for (String ns : LEGACY_NAMESPACES) {
            if (iri.startsWith(ns)) {
                return NodeFactory.createURI(Rml.NS + iri.substring(ns.length()));
            }
        }
        return n;
    }

    private static boolean legacyTerm(Node n) {
        return n.isURI() && LEGACY_NAMESPACES.stream().anyMatch(ns -> n.getURI().startsWith(ns));
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        in.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static Node rr(String local) {
        return NodeFactory.createURI(R2RML + local);
    }

    private static Node legacy(String local) {
        return NodeFactory.createURI(LEGACY_RML + local);
    }
}
