package org.opendatasaveslives.odsl.map;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.langtag.LangTags;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/** Reads an RML mapping (Turtle or any RDF syntax) and checks and compiles it into a {@link Plan}. */
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

    private enum Role { SUBJECT, PREDICATE, OBJECT, GRAPH, DATATYPE, LANGUAGE, INPUT }

    private final Path file;
    private final String fileName;
    private final Graph g;
    private final PrefixMapping prefixes;
    private final FunctionRegistry registry;
    private final Plan plan;
    private final Map<Node, TriplesMapPlan> tms = new LinkedHashMap<>();
    private final Map<String, SourcePlan> sources = new LinkedHashMap<>();
    private final Map<String, JoinIndexSpec> joins = new HashMap<>();
    /** rml:baseIRI of the triples map being compiled, or null. */
    private String currentBase;

    private MappingCompiler(Path file, Model model, FunctionRegistry registry) {
        this.file = file;
        this.fileName = file.toString();
        this.g = model.getGraph();
        this.prefixes = model;
        this.registry = registry;
        this.plan = new Plan(file);
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
        g.find(Node.ANY, RDF.type.asNode(), Rml.TriplesMap).forEachRemaining(t -> found.add(t.getSubject()));
        g.find(Node.ANY, Rml.logicalSource, Node.ANY).forEachRemaining(t -> found.add(t.getSubject()));
        if (found.isEmpty()) {
            throw new MappingException(fileName + ": no triples maps found"
                    + " (a triples map has rml:logicalSource and rml:subjectMap)");
        }
        List<Node> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((Node n) -> n.isBlank() ? 1 : 0).thenComparing((Node n) -> n.toString()));
        for (Node n : ordered) {
            int index = plan.triplesMaps.size();
            TriplesMapPlan tm = new TriplesMapPlan(n.isBlank() ? "[triples map #" + (index + 1) + "]" : label(n), index);
            tms.put(n, tm);
            plan.triplesMaps.add(tm);
        }
        // Sources first: RefObjectMaps need the parent's source.
        for (Map.Entry<Node, TriplesMapPlan> e : tms.entrySet()) {
            TriplesMapPlan tm = e.getValue();
            LogicalSourceDef def = logicalSource(e.getKey(), tm);
            SourcePlan sp = sources.computeIfAbsent(def.key(), k -> {
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
            throw err(sp.maps.get(0), "rml:logicalSource/rml:iterator", e.getMessage());
        }
        for (String ref : sp.references) {
            try {
                JsonPath.parse(ref);
            } catch (IllegalArgumentException e) {
                throw new MappingException(fileName + ": " + sp.usedBy.get(ref) + ": " + e.getMessage());
            }
        }
    }

    private void triplesMap(Node n, TriplesMapPlan tm) throws MappingException {
        SourcePlan src = tm.source;
        Node baseNode = one(n, Rml.baseIRI, tm, "rml:baseIRI");
        currentBase = baseNode == null ? null : baseNode.isURI() ? baseNode.getURI() : baseNode.getLiteralLexicalForm();
        if (currentBase != null && Iris.check(currentBase) != null) {
            throw err(tm, "rml:baseIRI", "<" + currentBase + "> is not a valid IRI: " + Iris.check(currentBase));
        }

        List<Node> sms = objs(n, Rml.subjectMap);
        List<Node> shortcuts = objs(n, Rml.subject);
        if (sms.size() + shortcuts.size() == 0) {
            throw err(tm, "rml:subjectMap", "the triples map has no subject map (rml:subjectMap or rml:subject)");
        }
        if (sms.size() + shortcuts.size() > 1) {
            throw err(tm, "rml:subjectMap", "the triples map has " + (sms.size() + shortcuts.size())
                    + " subject maps; exactly one is allowed");
        }
        List<Node> classes = new ArrayList<>();
        List<TermGen> sgraphs = new ArrayList<>();
        if (!shortcuts.isEmpty()) {
            tm.subject = constant(shortcuts.get(0), Role.SUBJECT, tm, "rml:subject");
        } else {
            Node sm = sms.get(0);
            tm.subject = termMap(sm, Role.SUBJECT, src, tm, "rml:subjectMap");
            for (Node c : objs(sm, Rml.clazz)) {
                if (!c.isURI()) {
                    throw err(tm, "rml:subjectMap/rml:class", c + " is not an IRI");
                }
                classes.add(c);
            }
            sgraphs.addAll(graphs(sm, src, tm, "rml:subjectMap"));
        }
        tm.classes = classes.toArray(new Node[0]);
        tm.subjectGraphs = sgraphs.toArray(new TermGen[0]);

        List<PomPlan> poms = new ArrayList<>();
        for (Node pom : objs(n, Rml.predicateObjectMap)) {
            poms.add(pom(pom, src, tm));
        }
        tm.poms = poms.toArray(new PomPlan[0]);
        currentBase = null;
    }

    private PomPlan pom(Node pom, SourcePlan src, TriplesMapPlan tm) throws MappingException {
        String where = "rml:predicateObjectMap";
        PomPlan p = new PomPlan();
        List<TermGen> preds = new ArrayList<>();
        for (Node c : objs(pom, Rml.predicate)) {
            preds.add(constant(c, Role.PREDICATE, tm, where + "/rml:predicate"));
        }
        for (Node m : objs(pom, Rml.predicateMap)) {
            preds.add(termMap(m, Role.PREDICATE, src, tm, where + "/rml:predicateMap"));
        }
        if (preds.isEmpty()) {
            throw err(tm, where, "a predicate-object map has no rml:predicate or rml:predicateMap");
        }
        List<TermGen> objects = new ArrayList<>();
        List<RefObjectPlan> refs = new ArrayList<>();
        for (Node c : objs(pom, Rml.object)) {
            objects.add(constant(c, Role.OBJECT, tm, where + "/rml:object"));
        }
        for (Node m : objs(pom, Rml.objectMap)) {
            if (has(m, Rml.parentTriplesMap)) {
                refs.add(refObjectMap(m, src, tm, where + "/rml:objectMap"));
            } else {
                objects.add(termMap(m, Role.OBJECT, src, tm, where + "/rml:objectMap"));
            }
        }
        if (objects.isEmpty() && refs.isEmpty()) {
            throw err(tm, where, "a predicate-object map has no rml:object or rml:objectMap");
        }
        p.predicates = preds.toArray(new TermGen[0]);
        p.objects = objects.toArray(new TermGen[0]);
        p.refObjects = refs.toArray(new RefObjectPlan[0]);
        p.graphs = graphs(pom, src, tm, where).toArray(new TermGen[0]);
        return p;
    }

    private List<TermGen> graphs(Node owner, SourcePlan src, TriplesMapPlan tm, String where) throws MappingException {
        List<TermGen> out = new ArrayList<>();
        for (Node c : objs(owner, Rml.graph)) {
            out.add(constant(c, Role.GRAPH, tm, where + "/rml:graph"));
        }
        for (Node m : objs(owner, Rml.graphMap)) {
            out.add(termMap(m, Role.GRAPH, src, tm, where + "/rml:graphMap"));
        }
        return out;
    }

    private RefObjectPlan refObjectMap(Node m, SourcePlan src, TriplesMapPlan tm, String where)
            throws MappingException {
        Node parentNode = one(m, Rml.parentTriplesMap, tm, where + "/rml:parentTriplesMap");
        TriplesMapPlan parent = tms.get(parentNode);
        if (parent == null) {
            throw err(tm, where + "/rml:parentTriplesMap", label(parentNode) + " is not a triples map");
        }
        List<Node> conds = objs(m, Rml.joinCondition);
        if (conds.isEmpty()) {
            if (parent.source != src) {
                throw err(tm, where, "the parent triples map " + parent.name + " reads another logical source, so"
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
        Node v = one(jc, shortcut, tm, where);
        Node map = one(jc, mapProp, tm, where + "Map");
        if ((v == null) == (map == null)) {
            throw err(tm, where, "a join condition needs exactly one of " + where.substring(where.lastIndexOf('/') + 1)
                    + " (a reference) and " + where.substring(where.lastIndexOf('/') + 1) + "Map");
        }
        if (map != null) {
            return termMap(map, Role.INPUT, src, tm, where + "Map");
        }
        String ref = text(v, tm, where);
        TermGen t = new TermGen(TermGen.Kind.REFERENCE, TermGen.Type.LITERAL, ref);
        t.slot = src.slot(ref, "triples map " + tm.name + ", " + where);
        return t;
    }

    private LogicalSourceDef logicalSource(Node tmNode, TriplesMapPlan tm) throws MappingException {
        Node ls = one(tmNode, Rml.logicalSource, tm, "rml:logicalSource");
        if (ls == null) {
            throw err(tm, "rml:logicalSource", "the triples map has no logical source");
        }
        Node src = one(ls, Rml.source, tm, "rml:logicalSource/rml:source");
        if (src == null) {
            throw err(tm, "rml:logicalSource/rml:source", "the logical source has no rml:source");
        }
        Path mappingDir = file.toAbsolutePath().getParent();
        String pathText;
        Path root = mappingDir;
        Charset encoding = StandardCharsets.UTF_8;
        String compression = null;
        Set<String> nulls = null;
        CsvDialect csv = CsvDialect.DEFAULT;
        if (src.isLiteral()) {
            pathText = src.getLiteralLexicalForm();
        } else {
            encoding = encoding(src, tm);
            compression = compression(src, tm);
            try {
                csv = CsvDialect.of(g, src);
            } catch (CsvDialect.Invalid e) {
                throw err(tm, "rml:source/" + e.property, e.getMessage());
            }
            List<Node> nullValues = objs(src, Rml.nullValue);
            if (!nullValues.isEmpty()) {
                nulls = new HashSet<>();
                for (Node v : nullValues) {
                    nulls.add(text(v, tm, "rml:source/rml:null"));
                }
            }
            Node p = one(src, Rml.path, tm, "rml:source/rml:path");
            if (p == null || !p.isLiteral()) {
                throw err(tm, "rml:logicalSource/rml:source", "only local files are supported: the source needs an"
                        + " rml:path (an rml:RelativePathSource)");
            }
            pathText = p.getLiteralLexicalForm();
            Node r = one(src, Rml.root, tm, "rml:source/rml:root");
            if (r != null) {
                if (r.equals(Rml.CurrentWorkingDirectory)) {
                    root = Path.of("").toAbsolutePath();
                } else if (r.equals(Rml.MappingDirectory)) {
                    root = mappingDir;
                } else if (r.isLiteral()) {
                    root = mappingDir.resolve(r.getLiteralLexicalForm());
                } else {
                    throw err(tm, "rml:source/rml:root", "unknown root " + label(r)
                            + " (expected rml:MappingDirectory or rml:CurrentWorkingDirectory)");
                }
            }
        }
        Node rf = one(ls, Rml.referenceFormulation, tm, "rml:logicalSource/rml:referenceFormulation");
        String formulation;
        if (rf == null) {
            String lower = pathText.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv") || lower.endsWith(".csv.gz")) {
                formulation = "CSV";
            } else if (lower.endsWith(".json") || lower.endsWith(".json.gz")) {
                formulation = "JSONPath";
            } else {
                throw err(tm, "rml:logicalSource/rml:referenceFormulation", "no rml:referenceFormulation and the"
                        + " file name does not tell (.csv or .json)");
            }
        } else if (rf.equals(Rml.CSV)) {
            formulation = "CSV";
        } else if (rf.equals(Rml.JSONPath)) {
            formulation = "JSONPath";
        } else {
            throw err(tm, "rml:logicalSource/rml:referenceFormulation", "unsupported reference formulation "
                    + label(rf) + " (supported: rml:CSV, rml:JSONPath)");
        }
        Node it = one(ls, Rml.iterator, tm, "rml:logicalSource/rml:iterator");
        String iterator = it == null ? null : it.isLiteral() ? it.getLiteralLexicalForm() : null;
        if ("JSONPath".equals(formulation) && iterator == null) {
            iterator = "$";
        }
        String iriName = null;
        if (ls.isURI()) {
            String u = ls.getURI();
            int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
            iriName = u.substring(cut + 1);
        }
        return new LogicalSourceDef(pathText, root.resolve(pathText).normalize(), formulation, iterator, iriName,
                encoding, compression, nulls, csv);
    }

    /** rml:encoding: an rml: term named after the charset (rml:UTF-8, rml:UTF-16) or its name as a string. */
    private Charset encoding(Node src, TriplesMapPlan tm) throws MappingException {
        Node e = one(src, Rml.encoding, tm, "rml:source/rml:encoding");
        if (e == null) {
            return StandardCharsets.UTF_8;
        }
        String name = e.isURI() && e.getURI().startsWith(Rml.NS) ? e.getURI().substring(Rml.NS.length())
                : e.isLiteral() ? e.getLiteralLexicalForm() : null;
        try {
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalArgumentException ignored) {
            // an illegal charset name is reported below like an unknown one
        }
        throw err(tm, "rml:source/rml:encoding", "unknown encoding " + label(e) + " (e.g. rml:UTF-8, rml:UTF-16)");
    }

    private String compression(Node src, TriplesMapPlan tm) throws MappingException {
        Node c = one(src, Rml.compression, tm, "rml:source/rml:compression");
        if (c == null || c.equals(Rml.none)) {
            return null;
        }
        if (c.equals(Rml.gzip)) {
            return SourceInput.GZIP;
        }
        if (c.equals(Rml.zip)) {
            return SourceInput.ZIP;
        }
        if (c.equals(Rml.targz)) {
            return SourceInput.TARGZ;
        }
        throw err(tm, "rml:source/rml:compression", "unsupported compression " + label(c)
                + " (supported: rml:gzip, rml:zip, rml:targz, rml:none)");
    }

    // ---------------------------------------------------------------- term maps

    private TermGen constant(Node c, Role role, TriplesMapPlan tm, String where) throws MappingException {
        TermGen.Type type = c.isURI() ? TermGen.Type.IRI : c.isBlank() ? TermGen.Type.BLANK : TermGen.Type.LITERAL;
        checkType(type, role, tm, where);
        TermGen t = new TermGen(TermGen.Kind.CONSTANT, type, where);
        t.constant = (role == Role.GRAPH && c.equals(Rml.defaultGraph)) ? Quad.defaultGraphIRI : c;
        return t;
    }

    private TermGen termMap(Node m, Role role, SourcePlan src, TriplesMapPlan tm, String where)
            throws MappingException {
        if (m.isLiteral()) {
            throw err(tm, where, "expected a term map (a resource), found the literal " + m);
        }
        Node constant = one(m, Rml.constant, tm, where + "/rml:constant");
        Node reference = one(m, Rml.reference, tm, where + "/rml:reference");
        Node template = one(m, Rml.template, tm, where + "/rml:template");
        Node exec = one(m, Rml.functionExecution, tm, where + "/rml:functionExecution");
        int count = (constant != null ? 1 : 0) + (reference != null ? 1 : 0) + (template != null ? 1 : 0)
                + (exec != null ? 1 : 0);
        if (count > 1) {
            throw err(tm, where, "a term map has more than one of rml:constant, rml:reference, rml:template,"
                    + " rml:functionExecution");
        }
        Node termTypeNode = one(m, Rml.termType, tm, where + "/rml:termType");
        TermGen.Type explicit = null;
        if (termTypeNode != null) {
            if (termTypeNode.equals(Rml.IRI)) {
                explicit = TermGen.Type.IRI;
            } else if (termTypeNode.equals(Rml.URI)) {
                explicit = TermGen.Type.URI;
            } else if (termTypeNode.equals(Rml.UnsafeIRI) || termTypeNode.equals(Rml.UnsafeURI)) {
                explicit = TermGen.Type.UNSAFE_IRI;
            } else if (termTypeNode.equals(Rml.BlankNode)) {
                explicit = TermGen.Type.BLANK;
            } else if (termTypeNode.equals(Rml.Literal)) {
                explicit = TermGen.Type.LITERAL;
            } else {
                throw err(tm, where + "/rml:termType", "unknown term type " + label(termTypeNode)
                        + " (expected rml:IRI, rml:BlankNode, rml:Literal or rml:UnsafeIRI)");
            }
        }
        Node datatype = one(m, Rml.datatype, tm, where + "/rml:datatype");
        Node datatypeMap = one(m, Rml.datatypeMap, tm, where + "/rml:datatypeMap");
        Node language = one(m, Rml.language, tm, where + "/rml:language");
        Node languageMap = one(m, Rml.languageMap, tm, where + "/rml:languageMap");
        boolean literalHints = datatype != null || datatypeMap != null || language != null || languageMap != null;

        TermGen t;
        if (constant != null) {
            t = constant(constant, role, tm, where + "/rml:constant");
            if (explicit != null && explicit != t.type && !(t.type == TermGen.Type.IRI
                    && (explicit == TermGen.Type.UNSAFE_IRI || explicit == TermGen.Type.URI))) {
                throw err(tm, where + "/rml:termType", "the constant " + constant + " does not match the term type "
                        + label(termTypeNode));
            }
        } else {
            TermGen.Type type = explicit;
            if (type == null) {
                boolean literalDefault = (role == Role.OBJECT || role == Role.INPUT)
                        && (reference != null || exec != null || literalHints);
                if (role == Role.INPUT && template != null) {
                    literalDefault = true;
                }
                type = (literalDefault || role == Role.LANGUAGE) ? TermGen.Type.LITERAL : TermGen.Type.IRI;
            }
            checkType(type, role, tm, where);
            if (reference != null) {
                String ref = text(reference, tm, where + "/rml:reference");
                t = new TermGen(TermGen.Kind.REFERENCE, type, ref);
                t.slot = src.slot(ref, "triples map " + tm.name + ", " + where + "/rml:reference");
            } else if (template != null) {
                String text = text(template, tm, where + "/rml:template");
                Template tp;
                try {
                    tp = Template.parse(text);
                } catch (IllegalArgumentException e) {
                    throw err(tm, where + "/rml:template", e.getMessage());
                }
                for (int i = 0; i < tp.refs.length; i++) {
                    tp.slots[i] = src.slot(tp.refs[i], "triples map " + tm.name + ", " + where + "/rml:template");
                }
                t = new TermGen(TermGen.Kind.TEMPLATE, type, text);
                t.template = tp;
                if (type == TermGen.Type.IRI || type == TermGen.Type.URI) {
                    String sample = tp.sample();
                    if (!Iris.hasScheme(sample)) {
                        sample = "http://example.org/" + sample;
                    }
                    t.templateSafe = Iris.check(sample) == null;
                }
            } else if (exec != null) {
                Node ret = returnOf(m, tm, where);
                FunctionCall fc = function(exec, ret, src, tm, where + "/rml:functionExecution");
                t = new TermGen(TermGen.Kind.FUNCTION, type, fc.field);
                t.function = fc;
            } else if (type == TermGen.Type.BLANK && (role == Role.SUBJECT || role == Role.OBJECT)) {
                t = new TermGen(TermGen.Kind.FRESH, type, where);
            } else {
                throw err(tm, where, "a term map needs one of rml:constant, rml:reference, rml:template,"
                        + " rml:functionExecution");
            }
        }
        t.base = currentBase;

        if (literalHints && t.type != TermGen.Type.LITERAL) {
            throw err(tm, where, "rml:datatype/rml:language apply only to literals, but the term type is "
                    + t.type.name().toLowerCase(Locale.ROOT));
        }
        if ((datatype != null || datatypeMap != null) && (language != null || languageMap != null)) {
            throw err(tm, where, "a term map cannot have both a datatype and a language");
        }
        if (datatype != null) {
            if (!datatype.isURI()) {
                throw err(tm, where + "/rml:datatype", datatype + " is not an IRI");
            }
            if (datatype.getURI().equals(RDF.dtLangString.getURI())) {
                throw err(tm, where + "/rml:datatype", "rdf:langString needs a language: use rml:language");
            }
            t.datatype = datatype;
            t.rdfDatatype = TypeMapper.getInstance().getSafeTypeByName(datatype.getURI());
        }
        if (datatypeMap != null) {
            t.datatypeMap = termMap(datatypeMap, Role.DATATYPE, src, tm, where + "/rml:datatypeMap");
        }
        if (language != null) {
            String lang = text(language, tm, where + "/rml:language");
            if (!validLanguageTag(lang)) {
                throw err(tm, where + "/rml:language", "\"" + lang + "\" is not a valid language tag (BCP 47)");
            }
            t.language = lang;
        }
        if (languageMap != null) {
            t.languageMap = termMap(languageMap, Role.LANGUAGE, src, tm, where + "/rml:languageMap");
        }
        Node cond = one(m, Rml.condition, tm, where + "/rml:condition");
        if (cond != null) {
            Node condExec = one(cond, Rml.functionExecution, tm, where + "/rml:condition/rml:functionExecution");
            if (condExec == null) {
                throw err(tm, where + "/rml:condition", "a condition needs rml:functionExecution");
            }
            t.condition = function(condExec, returnOf(cond, tm, where + "/rml:condition"), src, tm,
                    where + "/rml:condition/rml:functionExecution");
        }
        return t;
    }

    /**
     * Well-formed BCP 47 with a primary language subtag that can exist: 2-3 letters (ISO 639), or the private-use
     * and grandfathered prefixes x and i. Longer primary subtags are reserved and none is registered, so a tag like
     * "english" is a mistake.
     */
    static boolean validLanguageTag(String lang) {
        if (!LangTags.check(lang)) {
            return false;
        }
        int dash = lang.indexOf('-');
        int primary = dash < 0 ? lang.length() : dash;
        return (primary >= 2 && primary <= 3) || (primary == 1 && "xXiI".indexOf(lang.charAt(0)) >= 0);
    }

    private void checkType(TermGen.Type type, Role role, TriplesMapPlan tm, String where) throws MappingException {
        String problem = null;
        switch (role) {
            case SUBJECT:
                if (type == TermGen.Type.LITERAL) {
                    problem = "a subject cannot be a literal";
                }
                break;
            case PREDICATE:
                if (type == TermGen.Type.BLANK || type == TermGen.Type.LITERAL) {
                    problem = "a predicate must be an IRI";
                }
                break;
            case GRAPH:
                if (type == TermGen.Type.LITERAL) {
                    problem = "a graph name cannot be a literal";
                }
                break;
            case DATATYPE:
                if (type == TermGen.Type.BLANK || type == TermGen.Type.LITERAL) {
                    problem = "a datatype must be an IRI";
                }
                break;
            default:
                break;
        }
        if (problem != null) {
            throw err(tm, where, problem);
        }
    }

    private Node returnOf(Node m, TriplesMapPlan tm, String where) throws MappingException {
        Node ret = one(m, Rml.returnProp, tm, where + "/rml:return");
        if (ret == null) {
            Node rm = one(m, Rml.returnMap, tm, where + "/rml:returnMap");
            if (rm != null) {
                ret = one(rm, Rml.constant, tm, where + "/rml:returnMap/rml:constant");
                if (ret == null) {
                    throw err(tm, where + "/rml:returnMap", "only a constant return map is supported");
                }
            }
        }
        return ret;
    }

    private FunctionCall function(Node exec, Node ret, SourcePlan src, TriplesMapPlan tm, String where)
            throws MappingException {
        Node fnNode = one(exec, Rml.function, tm, where + "/rml:function");
        if (fnNode == null) {
            Node fm = one(exec, Rml.functionMap, tm, where + "/rml:functionMap");
            if (fm != null) {
                fnNode = one(fm, Rml.constant, tm, where + "/rml:functionMap/rml:constant");
            }
        }
        if (fnNode == null || !fnNode.isURI()) {
            throw err(tm, where, "a function execution needs rml:function <IRI>");
        }
        String iri = fnNode.getURI();
        RmlFunction fn = registry.get(iri);
        if (fn == null) {
            throw err(tm, where + "/rml:function", "unknown function " + label(fnNode)
                    + " (no implementation is registered for it)");
        }
        List<String> params = fn.parameters();
        TermGen[] args = new TermGen[params.size()];
        Set<String> fields = new LinkedHashSet<>();
        for (Node in : objs(exec, Rml.input)) {
            Node p = one(in, Rml.parameter, tm, where + "/rml:input/rml:parameter");
            if (p == null) {
                Node pm = one(in, Rml.parameterMap, tm, where + "/rml:input/rml:parameterMap");
                if (pm != null) {
                    p = one(pm, Rml.constant, tm, where + "/rml:input/rml:parameterMap/rml:constant");
                }
            }
            if (p == null || !p.isURI()) {
                throw err(tm, where + "/rml:input", "an input needs rml:parameter <IRI>");
            }
            int idx = params.indexOf(p.getURI());
            if (idx < 0) {
                throw err(tm, where + "/rml:input/rml:parameter", "function " + label(fnNode) + " has no parameter "
                        + label(p) + " (it declares: " + shortList(params) + ")");
            }
            if (args[idx] != null) {
                throw err(tm, where + "/rml:input/rml:parameter", "parameter " + label(p) + " is given twice");
            }
            Node constant = one(in, Rml.inputValue, tm, where + "/rml:input/rml:inputValue");
            Node valueMap = one(in, Rml.inputValueMap, tm, where + "/rml:input/rml:inputValueMap");
            TermGen arg;
            if (constant != null && valueMap == null) {
                arg = new TermGen(TermGen.Kind.CONSTANT, constant.isLiteral() ? TermGen.Type.LITERAL
                        : TermGen.Type.IRI, where + "/rml:input/rml:inputValue");
                arg.constant = constant;
            } else if (valueMap != null && constant == null) {
                arg = termMap(valueMap, Role.INPUT, src, tm, where + "/rml:input/rml:inputValueMap");
                if (arg.kind != TermGen.Kind.CONSTANT) {
                    fields.add(arg.field);
                }
            } else {
                throw err(tm, where + "/rml:input", "an input needs exactly one of rml:inputValue, rml:inputValueMap");
            }
            args[idx] = arg;
        }
        for (String req : fn.requiredParameters()) {
            if (args[params.indexOf(req)] == null) {
                throw err(tm, where, "function " + label(fnNode) + " needs parameter " + shortIri(req));
            }
        }
        if (ret != null && (!ret.isURI() || !fn.outputs().contains(ret.getURI()))) {
            throw err(tm, where.replace("/rml:functionExecution", "") + "/rml:return", "function " + label(fnNode)
                    + " has no output " + label(ret) + " (it declares: " + shortList(fn.outputs()) + ")");
        }
        int site = plan.functionSites.size();
        plan.functionSites.add(iri);
        String field = fields.isEmpty() ? shortIri(iri) : String.join(", ", fields);
        return new FunctionCall(iri, site, args, field, fn.sensitive(), fn.anonymises());
    }

    // ---------------------------------------------------------------- helpers

    private List<Node> objs(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining((Triple t) -> out.add(t.getObject()));
        return out;
    }

    private boolean has(Node s, Node p) {
        return g.contains(s, p, Node.ANY);
    }

    private Node one(Node s, Node p, TriplesMapPlan tm, String where) throws MappingException {
        List<Node> os = objs(s, p);
        if (os.size() > 1) {
            throw err(tm, where, "has " + os.size() + " values; at most one is allowed");
        }
        return os.isEmpty() ? null : os.get(0);
    }

    private String text(Node n, TriplesMapPlan tm, String where) throws MappingException {
        if (!n.isLiteral()) {
            throw err(tm, where, "expected a string, found " + label(n));
        }
        return n.getLiteralLexicalForm();
    }

    private String label(Node n) {
        if (n.isURI()) {
            return shortIri(n.getURI());
        }
        if (n.isBlank()) {
            return "[blank node]";
        }
        return n.toString();
    }

    private String shortIri(String iri) {
        String s = prefixes.qnameFor(iri);
        if (s == null) {
            s = PrefixMapping.Standard.qnameFor(iri);
        }
        return s != null ? s : "<" + iri + ">";
    }

    private String shortList(List<String> iris) {
        List<String> out = new ArrayList<>();
        for (String i : iris) {
            out.add(shortIri(i));
        }
        return out.isEmpty() ? "nothing" : String.join(", ", out);
    }

    private MappingException err(TriplesMapPlan tm, String property, String problem) {
        return new MappingException(fileName + ": triples map " + (tm == null ? "?" : tm.name) + ", " + property + ": "
                + problem);
    }
}
