package org.opendatasaveslives.odsl.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.opendatasaveslives.odsl.validate.RdfFiles;

/**
 * The ontology, code lists and shapes are source: every term is labelled and defined, and every odsl: term the
 * mappings, shapes and queries use is declared in a file of ontology/ (odsl.ttl, a domain's file, or a Data Cube's
 * structure in ontology/cubes/).
 */
class OntologyDocumentationTest {
    static final String ODSL = "https://odsl.org.uk/def/odsl/";
    static final String QB = "http://purl.org/linked-data/cube#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final Node SKOS_CONCEPT = node("http://www.w3.org/2004/02/skos/core#Concept");
    static final Node SKOS_PREF_LABEL = node("http://www.w3.org/2004/02/skos/core#prefLabel");
    static final Node SKOS_DEFINITION = node("http://www.w3.org/2004/02/skos/core#definition");

    @Test
    void everyOntologyTermHasALabelAndAComment() throws Exception {
        Graph ontology = RdfFiles.read(List.of(Path.of("ontology")));
        Set<String> undocumented = new TreeSet<>();
        for (Node term : G.allNodesOfTypeRDFS(ontology, node("http://www.w3.org/2002/07/owl#Class"))) {
            check(ontology, term, undocumented);
        }
        ontology.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ODSL)) {
                check(ontology, t.getSubject(), undocumented);
            }
        });
        assertEquals(Set.of(), undocumented);
    }

    private static void check(Graph g, Node term, Set<String> undocumented) {
        if (!G.hasProperty(g, term, RDFS.Nodes.label) || !G.hasProperty(g, term, RDFS.Nodes.comment)) {
            undocumented.add(term.getURI());
        }
    }

    @Test
    void everyCodeListConceptHasAPreferredLabelAndADefinition() throws IOException {
        for (Path file : files(Path.of("ontology/codelists"), ".ttl")) {
            Graph codes = RDFDataMgr.loadGraph(file.toString());
            List<Node> concepts = G.listPO(codes, RDF.Nodes.type, SKOS_CONCEPT);
            assertFalse(concepts.isEmpty(), file + " has concepts");
            for (Node concept : concepts) {
                assertTrue(G.hasProperty(codes, concept, SKOS_PREF_LABEL) && G.hasProperty(codes, concept, SKOS_DEFINITION),
                    concept + " in " + file + " needs skos:prefLabel and skos:definition");
            }
        }
    }

    @Test
    void everyOdslTermUsedInMappingsShapesAndQueriesIsDeclared() throws Exception {
        Graph ontology = RdfFiles.read(List.of(Path.of("ontology")));
        Set<String> undeclared = new TreeSet<>();
        for (Path folder : List.of(Path.of("mappings"), Path.of("shapes"), Path.of("queries"))) {
            for (Path file : files(folder, "")) {
                String text = Files.readString(file);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("odsl:([A-Za-z][A-Za-z0-9]*)").matcher(text);
                while (m.find()) {
                    Node term = node(ODSL + m.group(1));
                    if (!ontology.contains(term, RDF.Nodes.type, Node.ANY)) {
                        undeclared.add(m.group(1) + " (" + file + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyDataCubeIsDescribedAndItsComponentsDocumented() throws Exception {
        Graph ontology = RdfFiles.read(List.of(Path.of("ontology")));
        List<Node> dataSets = G.listPO(ontology, RDF.Nodes.type, node(QB + "DataSet"));
        assertFalse(dataSets.isEmpty(), "ontology/cubes declares the Data Cube datasets");
        Set<String> faults = new TreeSet<>();
        for (Node dataSet : dataSets) {
            for (String p : List.of(DCTERMS + "title", DCTERMS + "description", DCTERMS + "license", QB + "structure")) {
                if (!G.hasProperty(ontology, dataSet, node(p))) {
                    faults.add(dataSet.getURI() + " lacks " + p);
                }
            }
            Node structure = G.getOneSP(ontology, dataSet, node(QB + "structure"));
            for (Node component : G.listSP(ontology, structure, node(QB + "component"))) {
                for (String kind : List.of("dimension", "measure", "attribute")) {
                    Node property = G.getZeroOrOneSP(ontology, component, node(QB + kind));
                    boolean standard = property != null && property.getURI().startsWith("http://purl.org/linked-data/");
                    if (property != null && !standard && (!G.hasProperty(ontology, property, RDFS.Nodes.label)
                            || !G.hasProperty(ontology, property, RDFS.Nodes.comment))) {
                        faults.add(dataSet.getURI() + ": " + kind + " " + property.getURI() + " needs a label and a comment");
                    }
                }
            }
        }
        assertEquals(Set.of(), faults);
    }

    @Test
    void everyShapeHasALabelAndAComment() throws IOException {
        for (Path file : files(Path.of("shapes"), ".ttl")) {
            Graph shapes = RDFDataMgr.loadGraph(file.toString());
            for (Node shape : G.listPO(shapes, RDF.Nodes.type, node("http://www.w3.org/ns/shacl#NodeShape"))) {
                assertTrue(G.hasProperty(shapes, shape, RDFS.Nodes.label) && G.hasProperty(shapes, shape, RDFS.Nodes.comment),
                    shape + " in " + file + " needs rdfs:label and rdfs:comment");
            }
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
