package org.opendatasaveslives.odsl.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads an RML mapping (Turtle or any RDF syntax) and checks and compiles it into a {@link Plan}: the triples maps,
 * their predicate-object maps, graph maps and joins. Logical sources are read by {@link LogicalSourceReader}, term maps
 * by {@link TermMapCompiler} and function executions by {@link FunctionCompiler}; {@link MappingGraph} holds the graph
 * look-ups and error wording they share.
 */
final class MappingCompiler {
    /** Parse errors as exceptions that say where, without logging. */
    private static final ErrorHandler PARSE_ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("line " + line + ", column " + col + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    };

    private final MappingGraph mg;
    private final Plan plan;
    private final LogicalSourceReader sourceReader;
    private final TermMapCompiler terms;
    private final Map<Node, TriplesMapPlan> tms = new LinkedHashMap<>();
    private final Map<String, SourcePlan> sourcePlans = new LinkedHashMap<>();
    private final Map<String, JoinIndexSpec> joins = new HashMap<>();

    private MappingCompiler(Path file, Model model, FunctionRegistry registry) {
        this.mg = new MappingGraph(file, model.getGraph(), model);
        this.plan = new Plan(file);
        this.sourceReader = new LogicalSourceReader(mg);
        this.terms = new TermMapCompiler(mg, registry, plan);
    }

    static Plan compile(Path file, FunctionRegistry registry) throws MappingException {
        if (!Files.isRegularFile(file)) {
            throw new MappingException(file + ": mapping file not found");
        }
        Model model;
        try {
            Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString(), Lang.TURTLE);
            model = RDFParser.source(file).lang(lang).errorHandler(PARSE_ERRORS)
                    .toModel();
        } catch (RiotException e) {
            throw new MappingException(file + ": not valid RDF: " + e.getMessage(), e);
        }
        if (LegacyRmlTranslator.isLegacy(model.getGraph())) {
            model = LegacyRmlTranslator.translate(model);
        }
        MappingShapes.check(file.toString(), model.getGraph(), model);
        return new MappingCompiler(file, model, registry).compile();
    }

    // ---------------------------------------------------------------- structure

    private Plan compile() throws MappingException {
        Set<Node> found = new LinkedHashSet<>();
        mg.g.find(Node.ANY, RDF.type.asNode(), Rml.TriplesMap).forEachRemaining(t -> found.add(t.getSubject()));
        mg.g.find(Node.ANY, Rml.logicalSource, Node.ANY).forEachRemaining(t -> found.add(t.getSubject()));
        if (found.isEmpty()) {
            throw new MappingException(mg.fileName + ": no triples maps found"
                    + " (a triples map has rml:logicalSource and rml:subjectMap)");
        }
        List<Node> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((Node n) -> n.isBlank() ? 1 : 0).thenComparing((Node n) -> n.toString()));
        for (Node n : ordered) {
            int index = plan.triplesMaps.size();
            String name = n.isBlank() ? "[triples map #" + (index + 1) + "]" : mg.label(n);
            TriplesMapPlan tm = new TriplesMapPlan(name, index);
            tms.put(n, tm);
            plan.triplesMaps.add(tm);
        }
        // Sources first: RefObjectMaps need the parent's source.
        for (Map.Entry<Node, TriplesMapPlan> e : tms.entrySet()) {
            TriplesMapPlan tm = e.getValue();
            LogicalSourceDef def = sourceReader.read(e.getKey(), tm);
            SourcePlan sp = sourcePlans.computeIfAbsent(def.key(), k -> {
                SourcePlan s = new SourcePlan(def);
                plan.sources.add(s);
                return s;
            });
            tm.source = sp;
            sp.maps.add(tm);
        }
        for (Map.Entry<Node, TriplesMapPlan> e : tms.entrySet()) {
            triplesMap(e.getKey(), e.getValue());
        }
        for (SourcePlan sp : plan.sources) {
            if (sp.def.formulation().equals("JSONPath")) {
                checkJsonPaths(sp);
            }
        }
        return plan;
    }

    /** JSONPath syntax is checked at load: the iterator and every reference. */
    private void checkJsonPaths(SourcePlan sp) throws MappingException {
        try {
            JsonPath.parse(sp.def.iterator());
        } catch (IllegalArgumentException e) {
            throw mg.err(sp.maps.get(0), "rml:logicalSource/rml:iterator", e.getMessage());
        }
        for (String ref : sp.references) {
            try {
                JsonPath.parse(ref);
            } catch (IllegalArgumentException e) {
                throw new MappingException(mg.fileName + ": " + sp.usedBy.get(ref) + ": " + e.getMessage());
            }
        }
    }

    private void triplesMap(Node n, TriplesMapPlan tm) throws MappingException {
        SourcePlan src = tm.source;
        Node baseNode = mg.one(n, Rml.baseIRI, tm, "rml:baseIRI");
        String base = baseNode == null ? null : baseNode.isURI() ? baseNode.getURI() : baseNode.getLiteralLexicalForm();
        if (base != null && Iris.check(base) != null) {
            throw mg.err(tm, "rml:baseIRI", "<" + base + "> is not a valid IRI: " + Iris.check(base));
        }
        terms.base(base);

        List<Node> sms = mg.objs(n, Rml.subjectMap);
        List<Node> shortcuts = mg.objs(n, Rml.subject);
        if (sms.size() + shortcuts.size() == 0) {
            throw mg.err(tm, "rml:subjectMap", "the triples map has no subject map (rml:subjectMap or rml:subject)");
        }
        if (sms.size() + shortcuts.size() > 1) {
            throw mg.err(tm, "rml:subjectMap", "the triples map has " + (sms.size() + shortcuts.size())
                    + " subject maps; exactly one is allowed");
        }
        List<Node> classes = new ArrayList<>();
        List<TermGen> sgraphs = new ArrayList<>();
        if (!shortcuts.isEmpty()) {
            tm.subject = terms.constant(shortcuts.get(0), TermRole.SUBJECT, tm, "rml:subject");
        } else {
            Node sm = sms.get(0);
            tm.subject = terms.termMap(sm, TermRole.SUBJECT, src, tm, "rml:subjectMap");
            for (Node c : mg.objs(sm, Rml.clazz)) {
                if (!c.isURI()) {
                    throw mg.err(tm, "rml:subjectMap/rml:class", c + " is not an IRI");
                }
                classes.add(c);
            }
            sgraphs.addAll(graphs(sm, src, tm, "rml:subjectMap"));
        }
        tm.classes = classes.toArray(new Node[0]);
        tm.subjectGraphs = sgraphs.toArray(new TermGen[0]);

        List<PomPlan> poms = new ArrayList<>();
        for (Node pom : mg.objs(n, Rml.predicateObjectMap)) {
            poms.add(pom(pom, src, tm));
        }
        tm.poms = poms.toArray(new PomPlan[0]);
        terms.base(null);
    }

    private PomPlan pom(Node pom, SourcePlan src, TriplesMapPlan tm) throws MappingException {
        String where = "rml:predicateObjectMap";
        PomPlan p = new PomPlan();
        List<TermGen> preds = new ArrayList<>();
        for (Node c : mg.objs(pom, Rml.predicate)) {
            preds.add(terms.constant(c, TermRole.PREDICATE, tm, where + "/rml:predicate"));
        }
        for (Node m : mg.objs(pom, Rml.predicateMap)) {
            preds.add(terms.termMap(m, TermRole.PREDICATE, src, tm, where + "/rml:predicateMap"));
        }
        if (preds.isEmpty()) {
            throw mg.err(tm, where, "a predicate-object map has no rml:predicate or rml:predicateMap");
        }
        List<TermGen> objects = new ArrayList<>();
        List<RefObjectPlan> refs = new ArrayList<>();
        for (Node c : mg.objs(pom, Rml.object)) {
            objects.add(terms.constant(c, TermRole.OBJECT, tm, where + "/rml:object"));
        }
        for (Node m : mg.objs(pom, Rml.objectMap)) {
            if (mg.has(m, Rml.parentTriplesMap)) {
                refs.add(refObjectMap(m, src, tm, where + "/rml:objectMap"));
            } else {
                objects.add(terms.termMap(m, TermRole.OBJECT, src, tm, where + "/rml:objectMap"));
            }
        }
        if (objects.isEmpty() && refs.isEmpty()) {
            throw mg.err(tm, where, "a predicate-object map has no rml:object or rml:objectMap");
        }
        p.predicates = preds.toArray(new TermGen[0]);
        p.objects = objects.toArray(new TermGen[0]);
        p.refObjects = refs.toArray(new RefObjectPlan[0]);
        p.graphs = graphs(pom, src, tm, where).toArray(new TermGen[0]);
        return p;
    }

    private List<TermGen> graphs(Node owner, SourcePlan src, TriplesMapPlan tm, String where) throws MappingException {
        List<TermGen> out = new ArrayList<>();
        for (Node c : mg.objs(owner, Rml.graph)) {
            out.add(terms.constant(c, TermRole.GRAPH, tm, where + "/rml:graph"));
        }
        for (Node m : mg.objs(owner, Rml.graphMap)) {
            out.add(terms.termMap(m, TermRole.GRAPH, src, tm, where + "/rml:graphMap"));
        }
        return out;
    }

    private RefObjectPlan refObjectMap(Node m, SourcePlan src, TriplesMapPlan tm, String where)
            throws MappingException {
        Node parentNode = mg.one(m, Rml.parentTriplesMap, tm, where + "/rml:parentTriplesMap");
        TriplesMapPlan parent = tms.get(parentNode);
        if (parent == null) {
            throw mg.err(tm, where + "/rml:parentTriplesMap", mg.label(parentNode) + " is not a triples map");
        }
        List<Node> conds = mg.objs(m, Rml.joinCondition);
        if (conds.isEmpty()) {
            if (parent.source != src) {
                throw mg.err(tm, where, "the parent triples map " + parent.name + " reads another logical source, so"
                        + " rml:joinCondition is required");
            }
            return new RefObjectPlan(parent, null, null);
        }
        TermGen[] childKeys = new TermGen[conds.size()];
        TermGen[] parentKeys = new TermGen[conds.size()];
        StringBuilder key = new StringBuilder().append(parent.index);
        for (int i = 0; i < conds.size(); i++) {
            Node jc = conds.get(i);
            childKeys[i] = joinSide(jc, Rml.child, Rml.childMap, src, tm, where + "/rml:joinCondition/rml:child");
            parentKeys[i] = joinSide(jc, Rml.parent, Rml.parentMap, parent.source, tm,
                    where + "/rml:joinCondition/rml:parent");
            key.append('|').append(parentKeys[i].kind).append(':').append(parentKeys[i].field);
        }
        JoinIndexSpec spec = joins.get(key.toString());
        if (spec == null) {
            spec = new JoinIndexSpec(parent, parentKeys, plan.joinIndexes.size());
            plan.joinIndexes.add(spec);
            joins.put(key.toString(), spec);
        }
        return new RefObjectPlan(parent, childKeys, spec);
    }

    /** One side of a join condition: {@code rml:child "ref"} or {@code rml:childMap [...]} (likewise parent). */
    private TermGen joinSide(Node jc, Node shortcut, Node mapProp, SourcePlan src, TriplesMapPlan tm, String where)
            throws MappingException {
        Node v = mg.one(jc, shortcut, tm, where);
        Node map = mg.one(jc, mapProp, tm, where + "Map");
        if ((v == null) == (map == null)) {
            String side = where.substring(where.lastIndexOf('/') + 1);
            throw mg.err(tm, where, "a join condition needs exactly one of " + side + " (a reference) and " + side
                    + "Map");
        }
        if (map != null) {
            return terms.termMap(map, TermRole.INPUT, src, tm, where + "Map");
        }
        String ref = mg.text(v, tm, where);
        TermGen t = new TermGen(TermGen.Kind.REFERENCE, TermGen.Type.LITERAL, ref);
        t.slot = src.slot(ref, "triples map " + tm.name + ", " + where);
        return t;
    }
}
