package org.opendatasaveslives.odsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opendatasaveslives.odsl.validate.BatchValidator;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.validate.RdfFiles;
import org.opendatasaveslives.odsl.validate.ShapesLoader;
import org.opendatasaveslives.odsl.validate.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Validate RDF files against SHACL shapes.",
    description = {
        "Validate RDF files against SHACL shapes and print a readable report. The project's ontology and code lists",
        "are visible to the shapes as reference data (so an unknown crime type is caught) but are not validated."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the data conforms", "1:violations found", "2:bad input (unreadable data or shapes)"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--shapes", required = true, paramLabel = "PATH", description = "Shapes file or folder of shapes files.")
    private List<Path> shapes;

    @Option(names = "--reference", paramLabel = "PATH",
        description = "Reference data the shapes may look up (default: the project's ontology/ folder).")
    private List<Path> reference;

    @Option(names = "--no-reference", description = "Validate the data alone, without reference data.")
    private boolean noReference;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "RDF files to validate (any syntax Jena reads).")
    private List<Path> data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Shapes loadedShapes = ShapesLoader.load(shapes);
            Graph referenceGraph = noReference ? GraphFactory.createDefaultGraph()
                : RdfFiles.read(reference != null ? reference : List.of(ProjectHome.get().resolve("ontology")));
            Graph dataGraph = RdfFiles.read(data);
            List<Violation> results = new BatchValidator(loadedShapes, referenceGraph).validate(dataGraph);
            for (Violation v : results) {
                out.println(v.severity().level().getLocalName() + ": " + v.describe());
            }
            long violations = results.stream().filter(Violation::isViolation).count();
            out.printf("%,d triples checked: %s%n", dataGraph.size(),
                violations == 0 ? "conforms" : violations + " violation(s)");
            return violations == 0 ? 0 : 1;
        } catch (InvalidInputException e) {
            err.println("odsl validate: " + e.getMessage());
            return 2;
        }
    }
}
