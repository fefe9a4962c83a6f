package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The official RML test cases (../shared/conformance, read in place): RML-Core CSV and JSON, RML-FNML. A positive case
 * passes when the output is isomorphic to output.nq; an error case when the engine (strict) throws and emits nothing.
 * Cases listed in src/test/resources/conformance/passing.txt must pass (regression); other failures are reported as
 * skipped, and newly passing cases are printed so they can be added to the list.
 */
class RmlConformanceTest {
    private static final Path ROOT = Path.of(System.getProperty("odsl.conformance", "../shared/conformance"));
    private static final Set<String> PASSING = loadPassing();
    private static final Map<String, Map<String, String>> OUTCOMES = new ConcurrentHashMap<>();

    private static final ErrorHandler LENIENT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new IllegalStateException("line " + line + ": " + message);
        }
    };

    /** strict: record errors end the run; otherwise the record is dropped (what the legacy suite expects). */
    record Case(String suite, String id, Path dir, boolean error, String base, boolean strict, String expected,
            String notRun) {
        Case(String suite, String id, Path dir, boolean error, String base) {
            this(suite, id, dir, error, base, true, "output.nq", null);
        }

        Case(String suite, String id, Path dir, boolean error, String base, boolean strict) {
            this(suite, id, dir, error, base, strict, "output.nq", null);
        }
    }

    /** RML-IO source cases this engine does not run, by name prefix, with the reason. */
    private static final Map<String, String> IO_NOT_RUN = new TreeMap<>(Map.of(
            "RMLSTC0002d", "tar.xz compression (the JDK has no XZ decoder)",
            "RMLSTC0003", "RDF file queried with SPARQL (SPARQL sources are not supported)",
            "RMLSTC0006a", "SQL database source (D2RQ)",
            "RMLSTC0007c", "XML source (XPath)",
            "RMLSTC0007d", "XML source (XPath)",
            "RMLSTC0011", "remote source (a URL; no network)",
            "RMLSTC0012", "remote XML source (a URL; no network)"));

    /**
     * RML-IO source cases (RMLSTC*, expected output default.nq); the target cases (RMLTTC*) are out of scope.
     * RMLSTC0009a is a suite fault: flagged as an error, yet its CSV (quoted header names) is valid and it ships an
     * output.nq; it runs as a positive case against that output.
     */
    @TestFactory
    Stream<DynamicTest> rmlIoSources() throws IOException {
        Path dir = ROOT.resolve("rml-io/test-cases");
        Assumptions.assumeTrue(Files.isDirectory(dir), "conformance suites not found at " + ROOT.toAbsolutePath());
        List<Case> list = new ArrayList<>();
        for (Map<String, String> row : metadata(dir.resolve("metadata.csv"))) {
            String id = row.get("ID");
            if (id == null || !id.startsWith("RMLSTC") || !Files.isDirectory(dir.resolve(id))) {
                continue;
            }
            boolean suiteFault = id.equals("RMLSTC0009a");
            boolean error = !suiteFault && "true".equalsIgnoreCase(row.get("error").strip());
            String notRun = IO_NOT_RUN.entrySet().stream().filter(e -> id.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            list.add(new Case("RML-IO sources", id, dir.resolve(id), error, "http://example.com/base/", true,
                    suiteFault ? "output.nq" : "default.nq", notRun));
        }
        return tests("RML-IO sources", list);
    }

    @TestFactory
    Stream<DynamicTest> rmlCoreCsv() throws IOException {
        return cases("RML-Core CSV", ROOT.resolve("rml-core/test-cases"), "metadata-csv.csv", "-CSV",
                "http://example.com/base/");
    }

    @TestFactory
    Stream<DynamicTest> rmlCoreJson() throws IOException {
        return cases("RML-Core JSON", ROOT.resolve("rml-core/test-cases"), "metadata.csv", "-JSON",
                "http://example.com/");
    }

    @TestFactory
    Stream<DynamicTest> rmlFnml() throws IOException {
        return cases("RML-FNML", ROOT.resolve("rml-fnml/test-cases"), "metadata.csv", "-CSV",
                "http://example.com/base/");
    }

    /**
     * The legacy suite (rr:, semweb rml:, ql:), CSV and JSON. Its metadata lacks RMLTC0002g-JSON, whose mapping names a
     * missing file and an invalid iterator and whose output.nq is empty: a case missing from the metadata is an error
     * case when its expected output is empty. RMLTC0004b is flagged as an error yet ships an output.nq (one triple,
     * although its subject map makes literals); the flag is followed. The flags of {@link #LEGACY_FLAG_FAULTS}
     * contradict their cases and are reversed. Its positive
     * cases expect a record with a data error (an IRI with a space, RMLTC0019b, RMLTC0020b) to be left out, which is
     * the engine's lenient mode, so they run lenient and the error cases strict.
     */
    /**
     * Legacy cases whose {@code error expected?} flag contradicts the case itself (each is run with the flag reversed):
     * the reason, as written in docs/conformance.md.
     */
    static final Map<String, String> LEGACY_FLAG_FAULTS = Map.of(
            "RMLTC0002c-JSON", "flagged as an error, yet a JSON reference to a member no record has ('IDs') is an absent"
                    + " value, not an error (RML-Core dropped the JSON variant of 0002c); its output.nq is empty",
            "RMLTC0007h-CSV", "flagged as no error, yet its description says 'which is an error' and RML-Core flags the"
                    + " same case as an error: rr:graph with a blank node (a literal-typed reference) is no graph IRI",
            "RMLTC0007h-JSON", "flagged as no error, yet its description says 'which is an error' and RML-Core flags"
                    + " the same case as an error: rr:graph with a blank node (a literal-typed reference) is no graph IRI");

    @TestFactory
    Stream<DynamicTest> rmlLegacy() throws IOException {
        Path dir = ROOT.resolve("rml-legacy/test-cases");
        Assumptions.assumeTrue(Files.isDirectory(dir), "conformance suites not found at " + ROOT.toAbsolutePath());
        Map<String, Boolean> errors = new TreeMap<>();
        for (Map<String, String> row : metadata(ROOT.resolve("rml-legacy/metadata.csv"))) {
            errors.put(row.get("RML id"), "true".equalsIgnoreCase(row.get("error expected?").strip()));
        }
        List<Case> list = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String id = d.getFileName().toString();
                if (!id.endsWith("-CSV") && !id.endsWith("-JSON")) {
                    continue;
                }
                Path out = d.resolve("output.nq");
                boolean error = LEGACY_FLAG_FAULTS.containsKey(id) ? !errors.get(id)
                        : errors.getOrDefault(id, !Files.exists(out) || Files.size(out) == 0);
                // Prefixed: the legacy suite reuses the RML-Core case names.
                list.add(new Case("RML legacy", "legacy/" + id, d, error, "http://example.com/base/", error));
            }
        }
        return tests("RML legacy", list);
    }

    private Stream<DynamicTest> cases(String suite, Path dir, String metadata, String suffix, String defaultBase)
            throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(dir), "conformance suites not found at " + ROOT.toAbsolutePath());
        List<Case> list = new ArrayList<>();
        for (Map<String, String> row : metadata(dir.resolve(metadata))) {
            String id = row.get("ID");
            if (id == null || !id.endsWith(suffix) || !Files.isDirectory(dir.resolve(id))) {
                continue;
            }
            String base = row.getOrDefault("base_iri", "");
            list.add(new Case(suite, id, dir.resolve(id), "true".equalsIgnoreCase(row.get("error").strip()),
                    base == null || base.isBlank() ? defaultBase : base.strip()));
        }
        return tests(suite, list);
    }

    private static List<Map<String, String>> metadata(Path csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return it.readAll();
        }
    }

    private Stream<DynamicTest> tests(String suite, List<Case> list) {
        list.sort((a, b) -> a.id.compareTo(b.id));
        OUTCOMES.computeIfAbsent(suite, k -> new ConcurrentHashMap<>());
        return list.stream().map(c -> DynamicTest.dynamicTest(c.id, () -> check(c)));
    }

    private static void check(Case c) {
        if (c.notRun != null) {
            OUTCOMES.get(c.suite).put(c.id, "not run");
            throw new TestAbortedException(c.id + " not run: " + c.notRun);
        }
        String problem = run(c);
        boolean listed = PASSING.contains(c.id);
        OUTCOMES.get(c.suite).put(c.id, problem == null ? (listed ? "passed" : "NEW") : (listed ? "FAILED" : "skipped"));
        if (problem == null) {
            if (!listed) {
                System.out.println("[conformance] newly passing: " + c.id + " (add it to conformance/passing.txt)");
            }
            return;
        }
        if (listed) {
            fail(c.id + " regressed: " + problem);
        }
        throw new TestAbortedException(c.id + " not yet passing: " + problem);
    }

    /** Null when the case passes, otherwise what went wrong. */
    static String run(Case c) {
        DatasetGraph actual = DatasetGraphFactory.create();
        MappedRecordSink sink = new MappedRecordSink() {
            @Override
            public void record(SourceRecord record, List<Quad> quads) {
                quads.forEach(actual::add);
            }

            @Override
            public void error(RecordError error) {
            }
        };
        MapOptions options = MapOptions.defaults().withBaseIri(c.base).withStrict(c.strict);
        try {
            if (usesWorkingDirectory(c)) {
                runInCaseDirectory(c, actual);
            } else {
                RmlMapper.load(c.dir.resolve("mapping.ttl")).run(options, sink);
            }
        } catch (MappingException e) {
            return c.error ? null : "unexpected error: " + e.getMessage();
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        if (c.error) {
            return "expected an error, got " + actual.stream().count() + " quads";
        }
        DatasetGraph expected = DatasetGraphFactory.create();
        Path out = c.dir.resolve(c.expected);
        if (Files.exists(out)) {
            // Lenient: some expected outputs hold IRIs that only rml:UnsafeIRI makes (spaces), which Jena flags.
            RDFParser.source(out).lang(Lang.NQUADS).strict(false).errorHandler(LENIENT).parse(expected);
        }
        if (!IsoMatcher.isomorphic(expected, actual)) {
            return "output differs; expected:\n" + dump(expected) + "actual:\n" + dump(actual);
        }
        return null;
    }

    private static boolean usesWorkingDirectory(Case c) {
        try {
            return Files.readString(c.dir.resolve("mapping.ttl")).contains("rml:CurrentWorkingDirectory");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A case whose source is relative to rml:CurrentWorkingDirectory expects the processor to run in the case's folder;
     * the tests run in the project folder, and a JVM cannot change its own working directory. So the case runs through
     * the {@code odsl map} command in a child JVM (same classpath) started in the case's folder; a failure (exit code
     * 2) counts as a MappingException.
     */
    private static void runInCaseDirectory(Case c, DatasetGraph actual) throws MappingException {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("odsl-conformance-", ".nq");
            err = Files.createTempFile("odsl-conformance-", ".err");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.opendatasaveslives.odsl.cli.Odsl", "map",
                    "mapping.ttl", "--format", "nq", "--base", c.base));
            if (c.strict) {
                cmd.add("--strict");
            }
            Process p = new ProcessBuilder(cmd).directory(c.dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            int code = p.waitFor();
            if (code != 0) {
                throw new MappingException("odsl map exited with " + code + ": " + Files.readString(err).strip());
            }
            RDFParser.source(out).lang(Lang.NQUADS).parse(actual);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            try {
                if (out != null) {
                    Files.deleteIfExists(out);
                }
                if (err != null) {
                    Files.deleteIfExists(err);
                }
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    private static String dump(DatasetGraph dsg) {
        StringBuilder sb = new StringBuilder();
        dsg.stream().map(Object::toString).sorted().forEach(q -> sb.append("  ").append(q).append('\n'));
        return sb.toString();
    }

    private static Set<String> loadPassing() {
        Set<String> out = new TreeSet<>();
        try (InputStream in = RmlConformanceTest.class.getResourceAsStream("/conformance/passing.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        out.add(s);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Collections.unmodifiableSet(out);
    }

    @AfterAll
    static void table() {
        if (OUTCOMES.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(
                "\n[conformance] | suite | cases | passed | failed | skipped (not yet passing) | not run |\n");
        sb.append("[conformance] |---|---|---|---|---|---|\n");
        List<String> newly = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : new TreeMap<>(OUTCOMES).entrySet()) {
            long passed = e.getValue().values().stream().filter(v -> v.equals("passed") || v.equals("NEW")).count();
            long failed = e.getValue().values().stream().filter(v -> v.equals("FAILED")).count();
            long skipped = e.getValue().values().stream().filter(v -> v.equals("skipped")).count();
            long notRun = e.getValue().values().stream().filter(v -> v.equals("not run")).count();
            sb.append(String.format("[conformance] | %s | %d | %d | %d | %d | %d |%n", e.getKey(),
                    e.getValue().size(), passed, failed, skipped, notRun));
            e.getValue().forEach((id, v) -> {
                if (v.equals("NEW")) {
                    newly.add(id);
                }
            });
        }
        if (!newly.isEmpty()) {
            Collections.sort(newly);
            sb.append("[conformance] newly passing (add to passing.txt): ").append(String.join(" ", newly)).append('\n');
        }
        System.out.println(sb);
    }
}
