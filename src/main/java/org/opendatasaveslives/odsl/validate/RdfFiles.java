package org.opendatasaveslives.odsl.validate;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads RDF files (or folders of them) into one in-memory graph, with errors that name the file and line. */
public final class RdfFiles {
    private RdfFiles() {
    }

    /** Every RDF file under each path: a file as given, a folder searched recursively for known RDF extensions. */
    public static List<Path> expand(List<Path> paths) throws InvalidInputException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> RDFLanguages.filenameToLang(p.toString()) != null)
                        .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InvalidInputException(path + ": cannot list folder: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new InvalidInputException(path + ": no such file or folder");
            }
        }
        return files;
    }

    /** The triples of all the files (quads' graph names are dropped), parsed strictly. */
    public static Graph read(List<Path> paths) throws InvalidInputException {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : expand(paths)) {
            readInto(file, graph);
        }
        return graph;
    }

    public static void readInto(Path file, Graph graph) throws InvalidInputException {
        Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE);
        if (UTF8_ONLY.contains(lang)) {
            checkUtf8(file);
        }
        try {
            RDFParser.source(file).lang(lang).errorHandler(new FailingErrorHandler(file)).parse(graph);
        } catch (RiotException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** Syntaxes whose specifications allow UTF-8 only (RDF/XML declares its own encoding; binary syntaxes have none). */
    private static final Set<Lang> UTF8_ONLY = Set.of(Lang.TURTLE, Lang.TRIG, Lang.NTRIPLES, Lang.NQUADS, Lang.N3, Lang.JSONLD);
    private static final String NOT_UTF8 = "not valid UTF-8 (is the file Latin-1 or Windows-1252? convert it with"
        + " iconv -f WINDOWS-1252 -t UTF-8)";

    /**
     * Jena's parsers read bytes that are not UTF-8 as U+FFFD without a word, which would change literals silently:
     * refuse such a file, naming the first bad line.
     */
    private static void checkUtf8(Path file) throws InvalidInputException {
        try {
            if (!isUtf8(file)) {
                throw new InvalidInputException(file + ", line " + firstLineNotUtf8(file) + ": " + NOT_UTF8);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        char[] buffer = new char[1 << 16];
        try (Reader reader = new InputStreamReader(IO.openFile(file.toString()), StandardCharsets.UTF_8.newDecoder())) {
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static long firstLineNotUtf8(Path file) throws IOException {
        try (BufferedInputStream in = new BufferedInputStream(IO.openFile(file.toString()))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    if (b < 0) {
                        return number;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        }
    }
}
