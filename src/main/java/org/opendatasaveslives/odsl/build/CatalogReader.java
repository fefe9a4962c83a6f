package org.opendatasaveslives.odsl.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Reads a DCAT catalogue in Turtle that lists the releases to build. Each {@code dcat:Dataset} names its mapping and
 * shapes and optionally the JSON Schema of its records (paths relative to the catalogue file), its parameters ({@code "NAME=VALUE"}), its inputs ({@code "FILE"} or {@code "NAME=FILE"}, relative to the
 * data folder) and its access tier. Dataset IRIs in the file are relative: they resolve to {@code {base}id/dataset/}.
 */
public final class CatalogReader {
    private static final Node DCAT_DATASET = node("http://www.w3.org/ns/dcat#Dataset");
    private static final Node DCAT_HAS_DATASET = node("http://www.w3.org/ns/dcat#dataset");

    private final String base;

    public CatalogReader(String base) {
        this.base = base;
    }

    public List<ReleaseSpec> read(Path catalogFile, Path dataDir) throws CatalogException {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(catalogFile).base(base + "id/dataset/").parse(graph);
        } catch (RiotException e) {
            throw new CatalogException(catalogFile + ": not valid Turtle: " + e.getMessage(), e);
        }
        List<Node> datasets = orderedDatasets(graph);
        if (datasets.isEmpty()) {
            throw new CatalogException(catalogFile + ": lists no dcat:Dataset");
        }
        Path catalogDir = catalogFile.toAbsolutePath().getParent();
        List<ReleaseSpec> releases = new ArrayList<>();
        for (Node dataset : datasets) {
            releases.add(release(graph, dataset, catalogFile, catalogDir, dataDir));
        }
        return releases;
    }

    /** Datasets listed by dcat:dataset or typed dcat:Dataset, in name order (RDF keeps no order of its own). */
    private static List<Node> orderedDatasets(Graph graph) {
        java.util.SortedSet<String> iris = new java.util.TreeSet<>();
        graph.find(Node.ANY, DCAT_HAS_DATASET, Node.ANY).forEach(t -> iris.add(t.getObject().toString()));
        G.listPO(graph, RDF.Nodes.type, DCAT_DATASET).forEach(d -> iris.add(d.toString()));
        return iris.stream().map(CatalogReader::node).toList();
    }

    private ReleaseSpec release(Graph graph, Node dataset, Path catalogFile, Path catalogDir, Path dataDir)
            throws CatalogException {
        if (!dataset.isURI() || !dataset.getURI().startsWith(base + "id/dataset/")) {
            throw new CatalogException(catalogFile + ": dataset " + dataset + " must be a relative IRI such as <my-dataset>");
        }
        String id = dataset.getURI().substring((base + "id/dataset/").length());
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new CatalogException(catalogFile + ": dataset <" + id + ">: name may hold only letters, digits, '.', '_' and '-'");
        }
        String where = catalogFile + ": dataset <" + id + ">";
        Path mapping = catalogDir.resolve(single(graph, dataset, Odsl.MAPPING, where));
        List<Path> shapes = new ArrayList<>();
        for (String s : all(graph, dataset, Odsl.SHAPES)) {
            shapes.add(catalogDir.resolve(s));
        }
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (String input : all(graph, dataset, Odsl.INPUT)) {
            int eq = input.indexOf('=');
            String name = eq < 0 ? "" : input.substring(0, eq);
            inputs.put(name, dataDir.resolve(input.substring(eq + 1)));
        }
        if (inputs.isEmpty()) {
            throw new CatalogException(where + ": needs at least one odsl:input");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : all(graph, dataset, Odsl.PARAMETER)) {
            int eq = parameter.indexOf('=');
            if (eq < 1) {
                throw new CatalogException(where + ": odsl:parameter \"" + parameter + "\" must be written NAME=VALUE");
            }
            parameters.put(parameter.substring(0, eq), parameter.substring(eq + 1));
        }
        List<String> schemas = all(graph, dataset, Odsl.SCHEMA);
        if (schemas.size() > 1) {
            throw new CatalogException(where + ": names " + schemas.size() + " odsl:schema; a dataset has at most one");
        }
        Path schema = schemas.isEmpty() ? null : catalogDir.resolve(schemas.get(0));
        Node tier = G.getOneSP(graph, dataset, Odsl.ACCESS_TIER);
        if (!Odsl.OPEN.equals(tier) && !Odsl.RESTRICTED.equals(tier)) {
            throw new CatalogException(where + ": odsl:accessTier must be odsl:Open or odsl:Restricted, found " + tier);
        }
        Graph description = GraphFactory.createDefaultGraph();
        graph.find(dataset, Node.ANY, Node.ANY).forEach(description::add);
        description.add(Triple.create(dataset, RDF.Nodes.type, Odsl.SOURCE_RELEASE));
        return new ReleaseSpec(id, dataset, Odsl.releaseGraph(base, id), mapping, shapes, inputs,
            parameters, Odsl.RESTRICTED.equals(tier), description, schema);
    }

    private static String single(Graph graph, Node subject, Node property, String where) throws CatalogException {
        List<String> values = all(graph, subject, property);
        if (values.size() != 1) {
            throw new CatalogException(where + ": needs exactly one " + property.getLocalName() + ", found " + values.size());
        }
        return values.get(0);
    }

    private static List<String> all(Graph graph, Node subject, Node property) {
        return G.listSP(graph, subject, property).stream()
            .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).sorted().toList();
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
