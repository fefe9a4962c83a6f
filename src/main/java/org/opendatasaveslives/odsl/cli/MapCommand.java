package org.opendatasaveslives.odsl.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.opendatasaveslives.odsl.map.MapOptions;
import org.opendatasaveslives.odsl.map.MapResult;
import org.opendatasaveslives.odsl.map.MappedRecordSinks;
import org.opendatasaveslives.odsl.map.MappingException;
import org.opendatasaveslives.odsl.map.NTriplesOutput;
import org.opendatasaveslives.odsl.map.RecordError;
import org.opendatasaveslives.odsl.map.RmlMapper;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.validate.SchemaValidator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code odsl map}: runs an RML mapping over CSV/JSON files and streams the RDF out. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Map CSV (or JSON) files to RDF with an RML mapping (http://w3id.org/rml/), streamed.",
            "Record errors go to stderr, one line each, then a summary line.",
            "Exit 0 = all records mapped, 1 = some records rejected, 2 = bad mapping, missing file or bad arguments."})
public final class MapCommand implements Callable<Integer> {

    /** Output syntaxes. */
    public enum Format { nt, nq, ttl }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAPPING.ttl", description = "The RML mapping.")
    Path mapping;

    @Option(names = {"-i", "--input"}, paramLabel = "[NAME=]FILE",
            description = {"Read FILE instead of the file the mapping names. NAME is the source path as written in the"
                + " mapping (e.g. street.csv) or the logical source's name; without NAME, the mapping's only source.",
                "Repeatable."})
    List<String> inputs = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = {"A value the mapping reads with odslfn:parameter (e.g. month=2025-04 for a monthly file whose"
                + " rows do not name the month). Repeatable."})
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "nt|nq|ttl", defaultValue = "nt",
            description = "Output syntax: nt (N-Triples, default), nq (N-Quads, keeps named graphs), ttl (streamed Turtle).")
    Format format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = MapOptions.DEFAULT_BASE,
            description = "Base IRI for relative IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--strict", description = "Stop at the first record error (exit 2).")
    boolean strict;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "A JSON Schema (draft 2020-12) every record of the JSON sources must pass before it is mapped;"
                + " a record that fails is rejected with the JSON Pointer of the fault (as odsl:schema in a catalogue).")
    Path schema;

    /** Where RDF goes when no -o is given. */
    private final OutputStream stdout;

    public MapCommand() {
        this(System.out);
    }

    /** A command that writes RDF to {@code stdout} when no {@code -o} is given (for embedding and tests). */
    public MapCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Path> in = new LinkedHashMap<>();
        for (String s : inputs) {
            int eq = s.indexOf('=');
            if (eq > 0 && !Files.exists(Path.of(s))) {
                in.put(s.substring(0, eq), Path.of(s.substring(eq + 1)));
            } else {
                in.put("", Path.of(s));
            }
        }
        RmlMapper mapper;
        try {
            mapper = RmlMapper.load(mapping);
        } catch (MappingException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        MapOptions options = MapOptions.defaults().withBaseIri(base).withInputs(in).withStrict(strict)
                .withParameters(parameters);
        if (schema != null) {
            try {
                options = options.withRecordCheck(SchemaValidator.load(schema));
            } catch (InvalidInputException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return 2;
            }
        }
        Path tmp = null;
        OutputStream raw = null;
        MapResult result;
        try {
            if (output != null) {
                Path dir = output.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                tmp = dir.resolve("." + output.getFileName() + ".part");
                raw = Files.newOutputStream(tmp);
            }
            OutputStream out = new BufferedOutputStream(raw != null ? raw : stdout, 1 << 16);
            Consumer<RecordError> onError = e -> err.println("rejected: " + e.message());
            StreamRDF writer = format == Format.ttl ? StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS)
                    : new NTriplesOutput(out);
            DropGraphs dropper = format == Format.nq ? null : new DropGraphs(writer);
            StreamRDF stream = dropper == null ? writer : dropper;
            stream.start();
            result = mapper.run(options, MappedRecordSinks.toStream(stream, onError));
            stream.finish();
            out.flush();
            if (dropper != null && dropper.dropped) {
                err.println("warning: the mapping puts triples in named graphs, which --format " + format
                        + " cannot keep: they were written as plain triples (use --format nq)");
            }
            if (raw != null) {
                raw.close();
                raw = null;
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            }
        } catch (MappingException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot write " + (output != null ? output : "output") + ": " + e.getMessage());
            err.flush();
            return 2;
        } finally {
            try {
                if (raw != null) {
                    raw.close();
                }
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // best effort
            }
        }
        err.println(result.summary());
        err.flush();
        return result.recordsFailed() > 0 ? 1 : 0;
    }

    /** For the triple-only syntaxes: writes named-graph quads as triples and remembers that it did. */
    private static final class DropGraphs extends StreamRDFWrapper {
        boolean dropped;

        DropGraphs(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            dropped |= !quad.isDefaultGraph();
            super.triple(quad.asTriple());
        }
    }
}
