package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disclosure control on a real aggregate: the crime cube of the real police.uk files of Leeds (February 2025) and
 * Bedfordshire (November 2025), built with catalogs/police-disclosure.ttl (default threshold 5), which also holds a
 * real Kent extract catalogued as restricted. Everything is checked from the published graph, as a reader sees it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureControlRealSamplesTest {
    static final Path DATA = RealSamplesBuildTest.DATA;
    static final String DATASET = "https://odsl.org.uk/id/dataset/police-recorded-crime";
    static final String ALL_TYPES = "https://odsl.org.uk/def/crime-type/all-types";
    static final String RESTRICTED_GRAPH = "https://odsl.org.uk/graph/police-street-kent-2024-06-restricted";

    @TempDir
    static Path tmp;
    Path db;
    CliRun build;

    /** Observation IRI to its cell; count is null where suppressed. */
    final Map<String, Cell> cells = new HashMap<>();
    final List<SubtractionAttack.Relation> relations = new ArrayList<>();

    record Cell(String area, String month, String type, Long count, boolean suppressedStatus) {
    }

    @BeforeAll
    void buildAndReadTheCube() throws Exception {
        assertTrue(Files.isDirectory(DATA), "the real samples must be at " + DATA.toAbsolutePath());
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", "src/test/resources/catalogs/police-disclosure.ttl",
            "--data", DATA.toString(), "--db", db.toString());
        assertEquals(0, build.exitCode(), build.all());
        select("""
            SELECT ?o ?area ?month ?type ?count ?status WHERE { GRAPH <https://odsl.org.uk/graph/derived> {
              ?o qb:dataSet <%s> ; sdmx-dimension:refArea ?area ; sdmx-dimension:refPeriod ?month ; odsl:crimeType ?type .
              OPTIONAL { ?o odsl:crimeCount ?count } OPTIONAL { ?o sdmx-attribute:obsStatus ?status } } }
            """.formatted(DATASET), row -> cells.put(row.getResource("o").getURI(), new Cell(
                row.getResource("area").getURI(), row.getResource("month").getURI(), row.getResource("type").getURI(),
                row.contains("count") ? row.getLiteral("count").getLong() : null,
                row.contains("status") && row.getResource("status").getURI().equals("https://odsl.org.uk/def/observation-status/suppressed"))));
        readRelations();
    }

    /**
     * The sums a reader can form from the published geography: a district's cell of a month and type totals the cells
     * of the LSOAs within it; a district's month total over all types totals its cells of that month.
     */
    private void readRelations() throws Exception {
        Map<String, List<String>> lsoasOf = new HashMap<>();
        select("""
            SELECT DISTINCT ?lsoa ?district WHERE {
              { SELECT DISTINCT ?lsoa WHERE { ?o qb:dataSet <%s> ; sdmx-dimension:refArea ?lsoa } }
              ?lsoa a odsl:LowerLayerSuperOutputArea ; odsl:within+ ?district . ?district a odsl:LocalAuthorityDistrict }
            """.formatted(DATASET), row -> lsoasOf.computeIfAbsent(row.getResource("district").getURI(),
                d -> new ArrayList<>()).add(row.getResource("lsoa").getURI()));
        Map<String, String> byKey = new HashMap<>();
        cells.forEach((iri, c) -> byKey.put(c.area() + "|" + c.month() + "|" + c.type(), iri));
        Map<String, List<String>> typesOfTotal = new HashMap<>();
        cells.forEach((iri, c) -> {
            if (!c.type().equals(ALL_TYPES) && lsoasOf.containsKey(c.area())) {
                relations.add(new SubtractionAttack.Relation(iri, lsoasOf.get(c.area()).stream()
                    .map(l -> byKey.get(l + "|" + c.month() + "|" + c.type())).filter(java.util.Objects::nonNull).toList()));
                typesOfTotal.computeIfAbsent(c.area() + "|" + c.month(), k -> new ArrayList<>()).add(iri);
            }
        });
        cells.forEach((iri, c) -> {
            if (c.type().equals(ALL_TYPES)) {
                relations.add(new SubtractionAttack.Relation(iri, typesOfTotal.get(c.area() + "|" + c.month())));
            }
        });
    }

    @Test
    void noPublishedCountIsBetweenOneAndFour() {
        assertTrue(cells.size() > 4000, "the cube of the two real files: " + cells.size());
        List<Cell> small = cells.values().stream().filter(c -> c.count() != null && c.count() >= 1 && c.count() <= 4).toList();
        assertEquals(List.of(), small);
        long suppressed = cells.values().stream().filter(c -> c.count() == null).count();
        assertTrue(suppressed > cells.size() / 2, "most LSOA × month × crime type counts of one month are small: " + suppressed);
        assertTrue(build.out().contains("disclosure control: %,d crime cube cells".formatted(cells.size())), build.out());
    }

    @Test
    void everySuppressedObservationHasTheStatusAndNoCount() throws Exception {
        cells.forEach((iri, c) -> assertTrue(c.count() == null == c.suppressedStatus(),
            iri + " has a count or the suppressed status, exactly one of them"));
        assertEquals(5L, StoreQueries.counts(db, """
            SELECT ?d ?n WHERE { GRAPH <https://odsl.org.uk/graph/derived> { ?d odsl:suppressBelow ?n } }
            """).get(DATASET), "the threshold applied is published on the data set");
    }

    @Test
    void everyDistrictCellAndTotalEitherAddsUpOrHidesTwoCellsAtLeast() {
        int addUp = 0;
        int hideTwo = 0;
        for (SubtractionAttack.Relation relation : relations) {
            List<String> members = new ArrayList<>(relation.parts());
            members.add(relation.total());
            long hidden = members.stream().filter(m -> cells.get(m).count() == null).count();
            if (hidden == 0) {
                long sum = relation.parts().stream().mapToLong(p -> cells.get(p).count()).sum();
                assertEquals(cells.get(relation.total()).count(), sum, relation.total() + " is the sum of its published parts");
                addUp++;
            } else {
                assertTrue(hidden >= 2, relation.total() + " and its parts hide " + hidden + " cell, which subtraction gives away");
                hideTwo++;
            }
        }
        // An LSOA's count of one crime type in one month is nearly always small, so nearly every relation hides cells.
        assertTrue(addUp > 0 && hideTwo > 100, "both cases occur in the real data: " + addUp + " add up, " + hideTwo + " hide two or more");
        long totals = cells.values().stream().filter(c -> c.type().equals(ALL_TYPES)).count();
        assertTrue(totals > 20, "a total per district and month: " + totals);
    }

    @Test
    void noSuppressedCellCanBeRecoveredBySubtraction() {
        Map<String, Long> published = new HashMap<>();
        cells.forEach((iri, c) -> {
            if (c.count() != null) {
                published.put(iri, c.count());
            }
        });
        assertEquals(Map.of(), SubtractionAttack.recover(published, relations));
        assertEquals(Set.of(), SubtractionAttack.determinedBySolvingTogether(published, relations),
            "nor by solving every relation together as linear equations");
    }

    @Test
    void theRestrictedReleaseIsNotCountedThoughItsRecordsMatchTheRule() throws Exception {
        long restrictedRecords = StoreQueries.count(db, "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH <" + RESTRICTED_GRAPH
            + "> { ?r a odsl:CrimeRecord ; odsl:lsoa ?l ; odsl:month ?m ; odsl:crimeType ?t } }");
        assertEquals(77, restrictedRecords, "the restricted Kent records have all rule 60 looks for");
        Set<String> months = new HashSet<>();
        cells.values().forEach(c -> months.add(c.month()));
        assertEquals(Set.of("http://reference.data.gov.uk/id/month/2025-02", "http://reference.data.gov.uk/id/month/2025-11"), months);
        Map<String, Long> keys = new TreeMap<>();
        for (Path file : List.of(RealSamplesBuildTest.LEEDS, RealSamplesBuildTest.BEDFORDSHIRE)) {
            keys.putAll(PoliceCsv.countBy(PoliceCsv.rows(file).stream().filter(r -> !r.get("LSOA code").isEmpty()).toList(),
                r -> r.get("LSOA code") + "|" + r.get("Month") + "|" + r.get("Crime type")));
        }
        long lsoaCells = StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { ?o qb:dataSet <" + DATASET
            + "> ; sdmx-dimension:refArea ?a . ?a a odsl:LowerLayerSuperOutputArea }");
        assertEquals(keys.size(), lsoaCells, "one LSOA cell per LSOA, month and crime type of the open files, none from Kent");
        assertEquals(0, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + RESTRICTED_GRAPH
            + "> { ?r a odsl:CrimeRecord } GRAPH <https://odsl.org.uk/graph/derived> { { ?r ?p ?o } UNION { ?s ?p ?r } } }"),
            "no restricted record is named in the derived graph");
    }

    private void select(String query, Consumer<QuerySolution> action) throws Exception {
        StoreQueries.withStore(db, dsg -> {
            try (QueryExecution qe = QueryExecution.create(StoreQueries.PREFIXES + query, DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(action);
            }
            return null;
        });
    }
}
