package org.opendatasaveslives.odsl.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * A streaming RML engine: {@link #load} parses and checks a mapping once; {@link #run} reads each distinct logical
 * source once, applies every triples map over it to each record, and hands that record's quads to the sink together.
 * Memory does not grow with the number of records, apart from join indexes (parent subjects by join key) and function
 * state. A loaded mapper can be run many times, also concurrently.
 */
public final class RmlMapper {
    private static final Node[] DEFAULT_GRAPH = {Quad.defaultGraphIRI};
    private static final Node TYPE = RDF.type.asNode();

    private final Plan plan;
    private final FunctionRegistry registry;

    private RmlMapper(Plan plan, FunctionRegistry registry) {
        this.plan = plan;
        this.registry = registry;
    }

    /** Loads a mapping with the {@link FunctionRegistry#standard() standard functions}. */
    public static RmlMapper load(Path mappingFile) throws MappingException {
        return load(mappingFile, FunctionRegistry.standard());
    }

    /** Loads a mapping; every function it calls must be in the registry, with the parameters it declares. */
    public static RmlMapper load(Path mappingFile, FunctionRegistry functions) throws MappingException {
        return new RmlMapper(MappingCompiler.compile(mappingFile, functions), functions);
    }

    /** The mapping file. */
    public Path mappingFile() {
        return plan.mappingFile;
    }

    /** The names of the logical sources (the paths as written in the mapping), in mapping order. */
    public List<String> sourceNames() {
        List<String> out = new ArrayList<>();
        for (SourcePlan s : plan.sources) {
            out.add(s.def.pathAsWritten());
        }
        return out;
    }

    /**
     * Maps every logical source. A missing input, a CSV header without a referenced column, an unusable base IRI or
     * function registry is a {@link MappingException} before any output. In strict mode the first record error also
     * ends the run with a {@link MappingException} (after {@link MappedRecordSink#error}).
     */
    public MapResult run(MapOptions options, MappedRecordSink sink) throws MappingException {
        return new Run(options, sink).execute();
    }

    private final class Run {
        final MapOptions options;
        final MappedRecordSink sink;
        final FunctionRegistry functions;
        final String blankPrefix = "r" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + "_";
        final Map<SourcePlan, Path> files = new IdentityHashMap<>();
        final Map<SourcePlan, String> labels = new IdentityHashMap<>();
        /** join index id → key → Node or Set of Nodes */
        final List<Map<String, Object>> indexes = new ArrayList<>();

        Run(MapOptions options, MappedRecordSink sink) {
            this.options = options;
            this.sink = sink;
            FunctionRegistry chosen = options.functions() != null ? options.functions() : registry;
            this.functions = chosen.forRun(plan.mappingFile.toAbsolutePath().getParent(), options.parameters());
        }

        MapResult execute() throws MappingException {
            String baseWhy = Iris.check(options.baseIri());
            if (baseWhy != null) {
                throw new MappingException("base IRI <" + options.baseIri() + "> is not valid: " + baseWhy);
            }
            for (String iri : new LinkedHashSet<>(plan.functionSites)) {
                if (functions.get(iri) == null) {
                    throw new MappingException(plan.mappingFile + ": function <" + iri
                            + "> is not in the function registry of this run");
                }
            }
            resolveInputs();
            preflight();
            buildIndexes();
            Map<String, MapResult.SourceCounts> per = new LinkedHashMap<>();
            long read = 0, mapped = 0, failed = 0, quads = 0;
            for (SourcePlan sp : plan.sources) {
                long[] c = mapSource(sp);
                per.merge(labels.get(sp), new MapResult.SourceCounts(c[0], c[1], c[2], c[3]),
                        (a, b) -> new MapResult.SourceCounts(a.recordsRead() + b.recordsRead(),
                                a.recordsMapped() + b.recordsMapped(), a.recordsFailed() + b.recordsFailed(),
                                a.quadsEmitted() + b.quadsEmitted()));
                read += c[0];
                mapped += c[1];
                failed += c[2];
                quads += c[3];
            }
            return new MapResult(read, mapped, failed, quads, per);
        }

        private void resolveInputs() throws MappingException {
            for (SourcePlan sp : plan.sources) {
                files.put(sp, sp.def.file());
                labels.put(sp, sp.def.pathAsWritten());
            }
            for (Map.Entry<String, Path> e : options.inputs().entrySet()) {
                String key = e.getKey();
                List<SourcePlan> matches = new ArrayList<>();
                for (SourcePlan sp : plan.sources) {
                    LogicalSourceDef d = sp.def;
                    if (key.isEmpty() ? plan.sources.size() == 1
                            : key.equals(d.pathAsWritten()) || key.equals(d.iriName())
                            || key.equals(Path.of(d.pathAsWritten()).getFileName().toString())) {
                        matches.add(sp);
                    }
                }
                if (matches.isEmpty()) {
                    throw new MappingException(plan.mappingFile + ": " + (key.isEmpty()
                            ? "an input without a name needs a mapping with exactly one source"
                            : "no logical source named '" + key + "'") + "; the sources are: "
                            + String.join(", ", sourceNames()));
                }
                for (SourcePlan sp : matches) {
                    files.put(sp, e.getValue());
                    labels.put(sp, e.getValue().toString());
                }
            }
        }

        private void preflight() throws MappingException {
            for (SourcePlan sp : plan.sources) {
                Path f = files.get(sp);
                if (!Files.isRegularFile(f)) {
                    List<String> users = new ArrayList<>();
                    sp.maps.forEach(m -> users.add(m.name));
                    throw new MappingException(f + ": input file not found (logical source '" + sp.def.pathAsWritten()
                            + "' of triples map " + String.join(", ", users) + ")");
                }
                try {
                    open(sp).close(); // opening checks the header against the references
                } catch (IOException e) {
                    throw new MappingException(f + ": cannot read: " + unreadable(e), e);
                }
            }
        }

        private RecordReader open(SourcePlan sp) throws IOException, MappingException {
            String label = labels.get(sp);
            switch (sp.def.formulation()) {
                case "CSV":
                    return CsvRecordReader.open(files.get(sp), label, sp);
                case "JSONPath":
                    return JsonRecordReader.open(files.get(sp), label, sp);
                default:
                    throw new MappingException(label + ": unsupported reference formulation " + sp.def.formulation());
            }
        }

        private Pass newPass() {
            return new Pass(plan, options.baseIri(), blankPrefix, functions);
        }

        private void buildIndexes() throws MappingException {
            Map<SourcePlan, List<JoinIndexSpec>> bySource = new LinkedHashMap<>();
            for (JoinIndexSpec spec : plan.joinIndexes) {
                indexes.add(new HashMap<>());
                bySource.computeIfAbsent(spec.parent.source, k -> new ArrayList<>()).add(spec);
            }
            for (Map.Entry<SourcePlan, List<JoinIndexSpec>> e : bySource.entrySet()) {
                SourcePlan sp = e.getKey();
                Pass pass = newPass();
                try (RecordReader r = open(sp)) {
                    while (r.next()) {
                        if (r.malformed() != null) {
                            continue;
                        }
                        pass.stamp++;
                        Row row = r.row();
                        for (JoinIndexSpec spec : e.getValue()) {
                            try {
                                Object keys = joinKeys(row, spec.parentKeys, pass);
                                if (keys == null) {
                                    continue;
                                }
                                Object subject = pass.subject(spec.parent, row);
                                if (subject == null) {
                                    continue;
                                }
                                Map<String, Object> idx = indexes.get(spec.id);
                                for (String key : keys instanceof String k ? List.of(k) : asStrings(keys)) {
                                    if (subject instanceof Node[] many) {
                                        for (Node n : many) {
                                            addToIndex(idx, key, n);
                                        }
                                    } else {
                                        addToIndex(idx, key, (Node) subject);
                                    }
                                }
                            } catch (RecordFailure f) {
                                // reported when the parent's own records are mapped
                            }
                        }
                    }
                } catch (IOException ex) {
                    throw new MappingException(labels.get(sp) + ": cannot read: " + unreadable(ex), ex);
                }
            }
        }

        /** Index entries are a Node, or a LinkedHashSet of Nodes when a key has several parents. */
        @SuppressWarnings("unchecked")
        private static void addToIndex(Map<String, Object> idx, String key, Node n) {
            Object prev = idx.putIfAbsent(key, n);
            if (prev == null || prev.equals(n)) {
                return;
            }
            if (prev instanceof Node p) {
                Set<Node> set = new LinkedHashSet<>(4);
                set.add(p);
                set.add(n);
                idx.put(key, set);
            } else {
                ((Set<Node>) prev).add(n);
            }
        }

        /**
         * The join key(s) of a record: null when a value is absent, a String, or a List of Strings when a join value
         * has several values (each is a key; several conditions combine as a cartesian product).
         */
        private static Object joinKeys(Row row, TermGen[] keys, Pass pass) throws RecordFailure {
            if (keys.length == 1) {
                Object v = keys[0].value(row, pass);
                if (v instanceof List<?> l) {
                    List<String> out = new ArrayList<>(l.size());
                    for (Object o : l) {
                        out.add(Values.str(o));
                    }
                    return out;
                }
                return v == null ? null : Values.str(v);
            }
            List<StringBuilder> acc = new ArrayList<>();
            acc.add(new StringBuilder());
            for (int i = 0; i < keys.length; i++) {
                Object v = keys[i].value(row, pass);
                if (v == null) {
                    return null;
                }
                List<?> vals = v instanceof List<?> l ? l : List.of(v);
                List<StringBuilder> next = new ArrayList<>();
                for (StringBuilder prefix : acc) {
                    for (Object o : vals) {
                        StringBuilder sb = new StringBuilder(prefix);
                        if (i > 0) {
                            sb.append('\u0001');
                        }
                        next.add(sb.append(Values.str(o)));
                    }
                }
                acc = next;
            }
            List<String> out = new ArrayList<>(acc.size());
            acc.forEach(sb -> out.add(sb.toString()));
            return out.size() == 1 ? out.get(0) : out;
        }

        @SuppressWarnings("unchecked")
        private static List<String> asStrings(Object keys) {
            return (List<String>) keys;
        }

        /** Maps one source; returns read, mapped, failed, quads. */
        private long[] mapSource(SourcePlan sp) throws MappingException {
            long read = 0, mapped = 0, failed = 0, quadCount = 0;
            Pass pass = newPass();
            String allMaps = null;
            JsonRecordCheck check = options.recordCheck();
            try (RecordReader r = open(sp)) {
                while (r.next()) {
                    read++;
                    pass.stamp++;
                    Row row = r.row();
                    List<Quad> quads = new ArrayList<>();
                    TriplesMapPlan current = null;
                    JsonRecordCheck.Fault fault = check == null || row.json() == null ? null : check.check(row.json());
                    if (fault != null) {
                        failed++;
                        RecordError err = new RecordError(row.record(), fault.check(), fault.pointer(), fault.message(),
                                fault.stage());
                        sink.error(err);
                        if (options.strict()) {
                            throw new MappingException(err.message());
                        }
                        continue;
                    }
                    try {
                        if (r.malformed() != null) {
                            if (allMaps == null) {
                                List<String> names = new ArrayList<>();
                                sp.maps.forEach(m -> names.add(m.name));
                                allMaps = String.join(", ", names);
                            }
                            throw new RecordFailure("(row)", r.malformed());
                        }
                        for (TriplesMapPlan tm : sp.maps) {
                            current = tm;
                            emit(tm, row, pass, quads);
                        }
                    } catch (RecordFailure f) {
                        failed++;
                        RecordError err = new RecordError(row.record(), current == null ? allMaps : current.name,
                                f.field, f.reason);
                        sink.error(err);
                        if (options.strict()) {
                            throw new MappingException(err.message());
                        }
                        continue;
                    }
                    mapped++;
                    quadCount += quads.size();
                    sink.record(row.record(), quads);
                }
            } catch (IOException ex) {
                throw new MappingException(labels.get(sp) + ": cannot read: " + unreadable(ex), ex);
            }
            return new long[] {read, mapped, failed, quadCount};
        }

        private void emit(TriplesMapPlan tm, Row row, Pass pass, List<Quad> out) throws RecordFailure {
            Object subj = pass.subject(tm, row);
            if (subj == null) {
                return;
            }
            Node[] sgraphs = tm.subjectGraphs.length == 0 ? null : collect(tm.subjectGraphs, row, pass, null);
            Node[] classGraphs = sgraphs == null || sgraphs.length == 0 ? DEFAULT_GRAPH : sgraphs;
            int ns = subj instanceof Node[] arr ? arr.length : 1;
            for (int si = 0; si < ns; si++) {
                Node s = subj instanceof Node[] arr ? arr[si] : (Node) subj;
                for (Node c : tm.classes) {
                    for (Node g : classGraphs) {
                        out.add(Quad.create(g, s, TYPE, c));
                    }
                }
            }
            for (PomPlan pom : tm.poms) {
                Node[] preds = collect(pom.predicates, row, pass, null);
                if (preds.length == 0) {
                    continue;
                }
                Node[] objs = collect(pom.objects, row, pass, null);
                for (RefObjectPlan ref : pom.refObjects) {
                    objs = concat(objs, parents(ref, row, pass));
                }
                if (objs.length == 0) {
                    continue;
                }
                Node[] graphs;
                if (pom.graphs.length == 0) {
                    graphs = classGraphs;
                } else {
                    graphs = collect(pom.graphs, row, pass, sgraphs);
                    if (graphs.length == 0) {
                        graphs = DEFAULT_GRAPH;
                    }
                }
                for (int si = 0; si < ns; si++) {
                    Node s = subj instanceof Node[] arr ? arr[si] : (Node) subj;
                    for (Node p : preds) {
                        for (Node o : objs) {
                            for (Node g : graphs) {
                                out.add(Quad.create(g, s, p, o));
                            }
                        }
                    }
                }
            }
        }

        private Node[] parents(RefObjectPlan ref, Row row, Pass pass) throws RecordFailure {
            if (ref.index == null) {
                Object p = pass.subject(ref.parent, row);
                return p == null ? EMPTY : p instanceof Node[] arr ? arr : new Node[] {(Node) p};
            }
            Object keys = joinKeys(row, ref.childKeys, pass);
            if (keys == null) {
                return EMPTY;
            }
            Map<String, Object> idx = indexes.get(ref.index.id);
            if (keys instanceof String key) {
                return hits(idx.get(key));
            }
            Set<Node> out = new LinkedHashSet<>();
            for (String key : asStrings(keys)) {
                for (Node n : hits(idx.get(key))) {
                    out.add(n);
                }
            }
            return out.toArray(EMPTY);
        }

        @SuppressWarnings("unchecked")
        private static Node[] hits(Object hit) {
            if (hit == null) {
                return EMPTY;
            }
            if (hit instanceof Node n) {
                return new Node[] {n};
            }
            return ((Set<Node>) hit).toArray(EMPTY);
        }
    }

    private static final Node[] EMPTY = new Node[0];

    private static Node[] concat(Node[] a, Node[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        Node[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Evaluates term maps into distinct nodes, after the nodes of {@code first} (may be null). */
    private static Node[] collect(TermGen[] gens, Row row, Pass pass, Node[] first) throws RecordFailure {
        if (first == null && gens.length == 1) {
            Object v = gens[0].eval(row, pass);
            return v == null ? EMPTY : v instanceof Node n ? new Node[] {n} : (Node[]) v;
        }
        Set<Node> out = new LinkedHashSet<>();
        if (first != null) {
            for (Node n : first) {
                out.add(n);
            }
        }
        for (TermGen g : gens) {
            Object v = g.eval(row, pass);
            if (v instanceof Node n) {
                out.add(n);
            } else if (v instanceof Node[] arr) {
                for (Node n : arr) {
                    out.add(n);
                }
            }
        }
        return out.toArray(EMPTY);
    }

    /** Why a file could not be read, with the line and column where the CSV or JSON parser gave up. */
    private static String unreadable(IOException e) {
        if (e instanceof JsonProcessingException parse && parse.getLocation() != null && parse.getLocation().getLineNr() > 0) {
            return parse.getOriginalMessage() + " (line " + parse.getLocation().getLineNr() + ", column "
                + parse.getLocation().getColumnNr() + ")";
        }
        return e.getMessage();
    }
}
