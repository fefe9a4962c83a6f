package org.opendatasaveslives.odsl.validate;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.ShaclParseException;

/** Loads SHACL shapes from files or folders, rejecting broken Turtle and malformed shapes with the file named. */
public final class ShapesLoader {
    private ShapesLoader() {
    }

    public static Shapes load(List<Path> paths) throws InvalidInputException {
        PrivacyChecks.register();
        Graph graph = RdfFiles.read(paths);
        try {
            Shapes shapes = Shapes.parse(graph);
            if (shapes.numRootShapes() == 0) {
                throw new InvalidInputException(paths + ": no SHACL shapes with targets found");
            }
            return shapes;
        } catch (ShaclParseException e) {
            throw new InvalidInputException(paths + ": not valid SHACL: " + e.getMessage(), e);
        }
    }
}
