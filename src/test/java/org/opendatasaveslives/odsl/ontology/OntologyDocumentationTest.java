package org.opendatasaveslives.odsl.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The ontology, code lists and shapes are source: every term is labelled and defined, and every odsl: term the
 * mappings, shapes and queries use is declared in ontology/odsl.ttl.
 */
class OntologyDocumentationTest {
    static final String ODSL = "https://odsl.org.uk/def/odsl/";
    static final Node SKOS_CONCEPT = node("http://www.w3.org/2004/02/skos/core#Concept");
    static final Node SKOS_PREF_LABEL = node("http://www.w3.org/2004/02/skos/core#prefLabel");
    static final Node SKOS_DEFINITION = node("http://www.w3.org/2004/02/skos/core#definition");

    @Test
    void everyOntologyTermHasALabelAndAComment() {
        Graph ontology = RDFDataMgr.loadGraph("ontology/odsl.ttl");
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
            assertTrue(concepts.size() > 5, file + " has concepts");
            for (Node concept : concepts) {
                assertTrue(G.hasProperty(codes, concept, SKOS_PREF_LABEL) && G.hasProperty(codes, concept, SKOS_DEFINITION),
                    concept + " in " + file + " needs skos:prefLabel and skos:definition");
            }
        }
    }

    @Test
    void everyOdslTermUsedInMappingsShapesAndQueriesIsDeclared() throws IOException {
        Graph ontology = RDFDataMgr.loadGraph("ontology/odsl.ttl");
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
