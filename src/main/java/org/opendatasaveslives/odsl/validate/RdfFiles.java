package org.opendatasaveslives.odsl.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
        try {
            RDFParser.source(file).lang(lang).errorHandler(new FailingErrorHandler(file)).parse(graph);
        } catch (RiotException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }
}
