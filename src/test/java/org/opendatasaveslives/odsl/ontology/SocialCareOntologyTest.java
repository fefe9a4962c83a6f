package org.opendatasaveslives.odsl.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The adult social care terms (ontology/social-care.ttl), the ASC-FR cube (ontology/cubes/asc-activity.ttl) and code
 * lists (ontology/codelists/ascfr-activity.ttl): every odsl: term the ASC-FR mapping, shapes, rules and check use is
 * declared with a label and a comment; the cube's structure names declared components and code lists that exist.
 */
class SocialCareOntologyTest {
    static final String ODSL = "https://odsl.org.uk/def/odsl/";
    static final List<Path> USERS = List.of(Path.of("mappings/nhsd-ascfr-activity.rml.ttl"), Path.of("shapes/asc-activity.ttl"),
        Path.of("queries/checks/councils-without-force-area.rq"), Path.of("queries/derive/40-upper-tier-force-area.ru"),
        Path.of("queries/derive/41-replaced-area-force-area.ru"), Path.of("queries/derive/42-council-names.ru"));

    private static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : List.of("ontology/odsl.ttl", "ontology/social-care.ttl", "ontology/cubes/asc-activity.ttl",
                "ontology/codelists/ascfr-activity.ttl")) {
            RDFDataMgr.read(g, f);
        }
        return g;
    }

    @Test
    void everyOdslTermTheSourceUsesIsDeclaredWithALabelAndAComment() throws IOException {
        Graph ontology = ontology();
        Set<String> undocumented = new TreeSet<>();
        for (Path file : USERS) {
            Matcher m = Pattern.compile("odsl:([A-Za-z][A-Za-z0-9]*)").matcher(Files.readString(file));
            while (m.find()) {
                Node term = NodeFactory.createURI(ODSL + m.group(1));
                if (!ontology.contains(term, RDF.Nodes.type, Node.ANY) || !G.hasProperty(ontology, term, RDFS.Nodes.label)
                        || !G.hasProperty(ontology, term, RDFS.Nodes.comment)) {
                    undocumented.add(m.group(1) + " (" + file + ")");
                }
            }
        }
        assertEquals(Set.of(), undocumented);
    }

    @Test
    void theStructureNamesDeclaredComponentsWhoseCodeListsExist() {
        Graph g = ontology();
        Node qb = NodeFactory.createURI("http://purl.org/linked-data/cube#component");
        Node dimension = NodeFactory.createURI("http://purl.org/linked-data/cube#dimension");
        Node codeList = NodeFactory.createURI("http://purl.org/linked-data/cube#codeList");
        Node scheme = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#ConceptScheme");
        Node dsd = NodeFactory.createURI("https://odsl.org.uk/def/cube/asc-activity/structure");
        List<Node> components = G.listSP(g, dsd, qb);
        assertEquals(12, components.size());
        int coded = 0;
        for (Node c : components) {
            for (Node d : G.listSP(g, c, dimension)) {
                if (d.getURI().startsWith(ODSL)) {
                    Node list = G.getOneSP(g, d, codeList);
                    assertTrue(g.contains(list, RDF.Nodes.type, scheme), d + " has code list " + list);
                    coded++;
                }
            }
        }
        assertEquals(7, coded);
    }
}
