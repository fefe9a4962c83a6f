package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Disclosure control on tiny hand-made crime cubes: one district D of three LSOAs, one month, a few crime types;
 * every figure below is chosen so that the expected suppression can be worked out by hand.
 */
class DisclosureControlTest {
    static final String BASE = "https://odsl.org.uk/";
    static final String GSS = "http://statistics.data.gov.uk/id/statistical-geography/";
    static final Node DERIVED = Odsl.derivedGraph(BASE);
    static final Node ONTOLOGY = Odsl.ontologyGraph(BASE);
    static final Node GEOGRAPHY = Odsl.releaseGraph(BASE, "geography");
    static final Node DATASET = uri(BASE + DisclosureControl.CRIME_DATASET);

    @TempDir
    Path tmp;

    /** Cell name ("L2/a", "D/all") to count; areas L1..L3 lie in district D. */
    private final Map<String, Long> cube = new LinkedHashMap<>();

    @Test
    void oneSmallLsoaCellTakesTheSmallestOtherCellOfItsDistrictWithIt() {
        cell("L1/a", 10); cell("L2/a", 3); cell("L3/a", 8); cell("D/a", 21);
        cell("L1/b", 6); cell("L2/b", 7); cell("L3/b", 9); cell("D/b", 22);
        cell("D/all", 43);

        DatasetGraph dsg = build();
        DisclosureControl.Outcome outcome = apply(dsg, 5);

        assertEquals(Set.of("L2/a", "L3/a"), suppressed(dsg), "3 is below 5; 8 is the smallest other cell of D/a");
        assertEquals(1, outcome.primary());
        assertEquals(1, outcome.secondary());
        assertEquals(Map.of(), SubtractionAttack.recover(published(dsg), relations()));
        assertEquals(21L, published(dsg).get("D/a"), "the district cell stays the true count");
    }

    @Test
    void aSmallDistrictCellSpreadsToTheMonthTotalsOtherTypesAndDownToTheirLsoas() {
        cell("L1/a", 2); cell("D/a", 2);
        cell("L1/b", 6); cell("L2/b", 7); cell("D/b", 13);
        cell("L1/c", 20); cell("L3/c", 30); cell("D/c", 50);
        cell("D/all", 65);

        DatasetGraph dsg = build();
        apply(dsg, 5);

        // D/a is 2: the total would give it away (65 - 13 - 50), so D/b (13, the smallest other) goes; then D/b's
        // LSOAs would give D/b away (6 + 7), so L1/b (6) goes too.
        assertEquals(Set.of("L1/a", "D/a", "D/b", "L1/b"), suppressed(dsg));
        assertEquals(Map.of(), SubtractionAttack.recover(published(dsg), relations()));
        assertEquals(65L, published(dsg).get("D/all"));
    }

    @Test
    void theAttackRecoversACellThatPrimarySuppressionAloneWouldLeave() {
        cell("L1/a", 10); cell("L2/a", 3); cell("L3/a", 8); cell("D/a", 21);
        cell("D/all", 21);
        Map<String, Long> primaryOnly = new HashMap<>(cube);
        primaryOnly.remove("L2/a");
        assertEquals(Map.of("L2/a", 3L), SubtractionAttack.recover(primaryOnly, relations()),
            "the attack works, so its finding nothing above means something");
        assertEquals(Set.of("L2/a"), SubtractionAttack.determinedBySolvingTogether(primaryOnly, relations()));
    }

    @Test
    void solvingTogetherFindsWhatSubtractionAloneDoesNot() {
        // Three published totals over three hidden cells, each a pair: x + y = 10, x + z = 12, y + z = 8. Every
        // relation hides two cells, so subtraction finds nothing, but together they give x = 7, y = 3, z = 5. The
        // crime cube's relations form a hierarchy (LSOA within district, type within all types), where no such cycle
        // exists; the real-samples test runs this attack on the real cube.
        List<SubtractionAttack.Relation> cycle = List.of(new SubtractionAttack.Relation("x+y", List.of("x", "y")),
            new SubtractionAttack.Relation("x+z", List.of("x", "z")), new SubtractionAttack.Relation("y+z", List.of("y", "z")));
        Map<String, Long> published = Map.of("x+y", 10L, "x+z", 12L, "y+z", 8L);
        assertEquals(Map.of(), SubtractionAttack.recover(published, cycle));
        assertEquals(Set.of("x", "y", "z"), SubtractionAttack.determinedBySolvingTogether(published, cycle));
    }

    @Test
    void zeroIsNotSuppressedAndTheThresholdIsRecordedOnTheDataSet() {
        cell("L1/a", 5); cell("L2/a", 9); cell("L3/a", 0); cell("D/a", 14);
        cell("D/all", 14);

        DatasetGraph dsg = build();
        apply(dsg, 10);

        assertEquals(Set.of("L1/a", "L2/a"), suppressed(dsg), "with threshold 10, 5 and 9 are small; 0 is not suppressed");
        assertEquals(0L, published(dsg).get("L3/a"));
        Txn.executeRead(dsg, () -> assertTrue(dsg.contains(DERIVED, DATASET, DisclosureControl.SUPPRESS_BELOW,
            NodeFactory.createLiteralDT("10", XSDDatatype.XSDinteger))));
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsStopsTheBuild() {
        cell("L1/a", 10); cell("L2/a", 3); cell("D/a", 12);
        cell("D/all", 12);
        DatasetGraph dsg = build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> apply(dsg, 5));
        assertTrue(e.getMessage().contains("D/2025-01/a") && e.getMessage().contains("counts 12")
            && e.getMessage().contains("sum to 13"), e.getMessage());
    }

    @Test
    void theThresholdComesFromTheCatalogueAndBadValuesAreNamed() throws Exception {
        assertEquals(5, DisclosureThreshold.of(catalog("")));
        assertEquals(10, DisclosureThreshold.of(catalog("odsl:suppressBelow 10 ;")));
        for (String bad : List.of("odsl:suppressBelow 0 ;", "odsl:suppressBelow \"five\" ;", "odsl:suppressBelow 2.5 ;",
                "odsl:suppressBelow 3, 4 ;")) {
            Path file = catalog(bad);
            CatalogException e = assertThrows(CatalogException.class, () -> DisclosureThreshold.of(file), bad);
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("odsl:suppressBelow")
                && e.getMessage().contains("expected one whole number of at least 1"), e.getMessage());
        }
    }

    private Path catalog(String setting) throws Exception {
        Path file = Files.createTempFile(tmp, "catalog", ".ttl");
        Files.writeString(file, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <> a dcat:Catalog ; %s dcat:dataset <x> .
            """.formatted(setting));
        return file;
    }

    private void cell(String name, long count) {
        cube.put(name, count);
    }

    /** An in-memory store: the geography as an open release, the cube in the derived graph. */
    private DatasetGraph build() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.add(GEOGRAPHY, uri(BASE + "id/dataset/geography"), Odsl.ACCESS_TIER, Odsl.OPEN);
            dsg.add(GEOGRAPHY, area("D"), RDF.Nodes.type, Odsl.term("LocalAuthorityDistrict"));
            for (String lsoa : List.of("L1", "L2", "L3")) {
                dsg.add(GEOGRAPHY, area(lsoa), RDF.Nodes.type, Odsl.term("LowerLayerSuperOutputArea"));
                dsg.add(GEOGRAPHY, area(lsoa), Odsl.term("within"), area("D"));
            }
            cube.forEach((name, count) -> {
                String[] areaType = name.split("/");
                Node observation = observation(name);
                dsg.add(DERIVED, observation, uri("http://purl.org/linked-data/cube#dataSet"), DATASET);
                dsg.add(DERIVED, observation, uri("http://purl.org/linked-data/sdmx/2009/dimension#refArea"), area(areaType[0]));
                dsg.add(DERIVED, observation, uri("http://purl.org/linked-data/sdmx/2009/dimension#refPeriod"),
                    uri("http://reference.data.gov.uk/id/month/2025-01"));
                dsg.add(DERIVED, observation, Odsl.term("crimeType"), areaType[1].equals("all")
                    ? DisclosureControl.ALL_CRIME_TYPES : uri("https://odsl.org.uk/def/crime-type/" + areaType[1]));
                dsg.add(DERIVED, observation, DisclosureControl.CRIME_COUNT,
                    NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDinteger));
            });
        });
        return dsg;
    }

    private static DisclosureControl.Outcome apply(DatasetGraph dsg, long threshold) {
        return Txn.calculateWrite(dsg, () -> new DisclosureControl(threshold, BASE)
            .apply(OpenGraphsView.of(dsg, ONTOLOGY, DERIVED), DERIVED));
    }

    /** Cells without a count; each must carry the suppressed status and no count. */
    private Set<String> suppressed(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        Txn.executeRead(dsg, () -> cube.keySet().forEach(name -> {
            boolean hasCount = dsg.contains(DERIVED, observation(name), DisclosureControl.CRIME_COUNT, Node.ANY);
            boolean hasStatus = dsg.contains(DERIVED, observation(name), DisclosureControl.OBS_STATUS,
                DisclosureControl.SUPPRESSED);
            assertFalse(hasCount == hasStatus, name + " has either its count or the suppressed status");
            if (hasStatus) {
                names.add(name);
            }
        }));
        return names;
    }

    private Map<String, Long> published(DatasetGraph dsg) {
        Map<String, Long> values = new HashMap<>();
        Txn.executeRead(dsg, () -> cube.keySet().forEach(name -> dsg.find(DERIVED, observation(name),
            DisclosureControl.CRIME_COUNT, Node.ANY).forEachRemaining(q ->
                values.put(name, ((Number) q.getObject().getLiteralValue()).longValue()))));
        return values;
    }

    /** The relations a reader sees in the cube: D's cell of each type sums its LSOAs' cells; D/all sums D's cells. */
    private List<SubtractionAttack.Relation> relations() {
        List<SubtractionAttack.Relation> relations = new ArrayList<>();
        List<String> districtCells = new ArrayList<>();
        for (String name : cube.keySet()) {
            String[] areaType = name.split("/");
            if (areaType[0].equals("D") && !areaType[1].equals("all")) {
                districtCells.add(name);
                relations.add(new SubtractionAttack.Relation(name, cube.keySet().stream()
                    .filter(n -> n.startsWith("L") && n.endsWith("/" + areaType[1])).toList()));
            }
        }
        relations.add(new SubtractionAttack.Relation("D/all", districtCells));
        return relations;
    }

    private static Node observation(String name) {
        String[] areaType = name.split("/");
        return uri(BASE + "id/observation/police-recorded-crime/" + areaType[0] + "/2025-01/" + areaType[1]);
    }

    private static Node area(String code) {
        return uri(GSS + code);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
