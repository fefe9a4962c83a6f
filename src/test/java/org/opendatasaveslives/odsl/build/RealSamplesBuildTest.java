package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.store.ReleaseProvenance;
import org.opendatasaveslives.odsl.validate.BatchValidator;
import org.opendatasaveslives.odsl.validate.RdfFiles;
import org.opendatasaveslives.odsl.validate.ShapesLoader;
import org.opendatasaveslives.odsl.validate.Violation;

/**
 * Builds the real samples of ../shared/data (ONS lookups, police.uk street crime for Leeds February 2025 and
 * Bedfordshire November 2025) with catalogs/samples.ttl, then checks the graph against figures computed directly from
 * the CSV files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSamplesBuildTest {
    static final Path DATA = Path.of("../shared/data");
    static final Path LEEDS = DATA.resolve("police/street_crime/2025-02_leeds_only_west-yorkshire-street_excel-month.csv");
    static final Path BEDFORDSHIRE = DATA.resolve("police/street_crime/2025-11-bedfordshire-street.csv");
    static final Path LSOA_LOOKUP = DATA.resolve("geography/jtrim-ons-lookups/"
        + "219_Lower_Layer_Super_Output_Area_(2011)_to_Clinical_Commissioning_Group_to_Local_Authority_District_(April_2020)_Lookup_in_England.csv");
    static final Path LA_CODES = DATA.resolve("geography/drkane-geo-lookups/la_all_codes.csv");
    static final String LEEDS_GRAPH = "https://odsl.org.uk/graph/police-street-west-yorkshire-2025-02-leeds";
    static final String BEDS_GRAPH = "https://odsl.org.uk/graph/police-street-bedfordshire-2025-11";

    @TempDir
    static Path tmp;
    Path db;
    CliRun build;

    @BeforeAll
    void buildSamples() {
        assertTrue(Files.isDirectory(DATA), "the real samples must be at " + DATA.toAbsolutePath() + " (../shared beside the project)");
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", "catalogs/samples.ttl", "--data", DATA.toString(), "--db", db.toString());
    }

    @Test
    void everyReleaseLoadsAndAccountsForEveryRecord() {
        assertEquals(0, build.exitCode(), build.all());
        int releases = cataloguedReleases();
        assertTrue(releases >= 29, "the samples catalogue lists every real source: " + releases);
        assertTrue(build.out().contains("build: " + releases + " of " + releases + " releases loaded"), build.out());
        java.util.regex.Matcher totals = java.util.regex.Pattern.compile(
            "records read ([0-9,]+) = loaded ([0-9,]+) \\+ rejected ([0-9,]+)").matcher(build.out());
        assertTrue(totals.find(), build.out());
        assertEquals(totals.group(1), totals.group(2), "every record of every real sample loads");
        assertEquals("0", totals.group(3));
        assertTrue(build.out().contains("police-street-west-yorkshire-2025-02-leeds: read 8,009 records, loaded 8,009, rejected 0"), build.out());
        assertTrue(build.out().contains("police-street-bedfordshire-2025-11: read 5,029 records, loaded 5,029, rejected 0"), build.out());
    }

    @Test
    void covidExampleQueryEqualsMonthlySumsOfTheDashboardFile() throws Exception {
        Path cases = DATA.resolve("health/covid_dashboard/ltla_cases_by_specimen_date_2020-10-26.csv");
        Path lookup = DATA.resolve("geography/jtrim-ons-lookups/"
            + "177_Lower_Tier_Local_Authority_to_Upper_Tier_Local_Authority_(April_2019)_Lookup_in_England_and_Wales.csv");
        Set<String> kentDistricts = new TreeSet<>();
        for (Map<String, String> row : PoliceCsv.rows(lookup)) {
            if (row.get("UTLA19CD").equals("E10000016")) {
                kentDistricts.add(row.get("LTLA19CD"));
            }
        }
        assertEquals(12, kentDistricts.size(), kentDistricts.toString());
        Map<String, Long> expected = new java.util.TreeMap<>();
        for (Map<String, String> row : PoliceCsv.rows(cases)) {
            String area = row.get("areaCode");
            String upperTier = kentDistricts.contains(area) ? "E10000016" : area;
            if ((upperTier.equals("E10000016") || upperTier.equals("E08000035")) && !row.get("newCasesBySpecimenDate").isEmpty()) {
                expected.merge(upperTier + "|" + row.get("date").substring(0, 7),
                    Long.parseLong(row.get("newCasesBySpecimenDate")), Long::sum);
            }
        }
        Map<String, Long> actual = new java.util.TreeMap<>();
        String query = Files.readString(Path.of("queries/covid-cases-by-upper-tier-and-force-area.rq"));
        StoreQueries.withStore(db, dsg -> {
            try (var qe = org.apache.jena.query.QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(row -> {
                    String code = row.getLiteral("upperTierCode").getString();
                    if (code.equals("E10000016") || code.equals("E08000035")) {
                        assertEquals(code.equals("E10000016") ? "Kent" : "West Yorkshire",
                            row.getLiteral("forceArea").getString());
                        actual.put(code + "|" + row.getLiteral("month").getString(), row.getLiteral("newCases").getLong());
                    }
                });
            }
            return null;
        });
        assertEquals(expected, actual);
    }

    @Test
    void socialCareExampleQueryEqualsCouncilSumsOfTheActivityFile() throws Exception {
        Map<String, Double> weeks = new java.util.TreeMap<>();
        for (Map<String, String> row : PoliceCsv.rows(DATA.resolve("social_care/asc_finance_return/CSV_ASCFR_Activity.csv"))) {
            if (!row.get("CASSR_CODE").isEmpty() && row.get("DataType_KEY").equals("1") && !row.get("ItemValue").equals(":")) {
                weeks.merge(row.get("CASSR_CODE"), Double.parseDouble(row.get("ItemValue")), Double::sum);
            }
        }
        Map<String, Long> expected = new java.util.TreeMap<>();
        weeks.forEach((council, w) -> expected.put(council, Math.round(w)));
        Map<String, Long> actual = new java.util.TreeMap<>();
        String query = Files.readString(Path.of("queries/social-care-and-violent-crime-by-council.rq"));
        StoreQueries.withStore(db, dsg -> {
            try (var qe = org.apache.jena.query.QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(row -> actual.put(row.getLiteral("councilCode").getString(),
                    Math.round(row.getLiteral("weeksOfSupport").getDouble())));
            }
            return null;
        });
        assertTrue(expected.size() > 140, expected.toString());
        assertEquals(expected, actual);
    }

    /** The datasets catalogs/samples.ttl lists. */
    static int cataloguedReleases() {
        var catalog = org.apache.jena.riot.RDFDataMgr.loadGraph("catalogs/samples.ttl");
        return catalog.find(null, org.apache.jena.vocabulary.RDF.Nodes.type,
            NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset")).toList().size();
    }

    @Test
    void crimeTypeCountsEqualTheCsv() throws Exception {
        assertCountsEqualTheCsv("Crime type", "?r odsl:crimeType ?t } ?t skos:prefLabel ?key");
    }

    @Test
    void lsoaCountsEqualTheCsv() throws Exception {
        assertCountsEqualTheCsv("LSOA code", "?r odsl:lsoa ?l . ?l skos:notation ?key }");
    }

    /** Per release, counts by a CSV column equal counts by ?key in the graph ({@code pattern} closes the GRAPH block). */
    private void assertCountsEqualTheCsv(String column, String pattern) throws Exception {
        for (var release : Map.of(LEEDS, LEEDS_GRAPH, BEDFORDSHIRE, BEDS_GRAPH).entrySet()) {
            Map<String, Long> expected = PoliceCsv.countBy(PoliceCsv.rows(release.getKey()), r -> r.get(column));
            Map<String, Long> actual = StoreQueries.counts(db, "SELECT ?key (COUNT(?r) AS ?n) WHERE { GRAPH <"
                + release.getValue() + "> { " + pattern + " } GROUP BY ?key");
            assertEquals(expected, new java.util.TreeMap<>(actual), release.getKey() + ", " + column);
        }
    }

    @Test
    void excelMangledMonthsAreNormalised() throws Exception {
        assertTrue(PoliceCsv.rows(LEEDS).stream().allMatch(r -> r.get("Month").equals("Feb-25")));
        Map<String, Long> months = StoreQueries.counts(db, "SELECT ?m (COUNT(?r) AS ?n) WHERE { GRAPH <" + LEEDS_GRAPH
            + "> { ?r odsl:month ?m } } GROUP BY ?m");
        assertEquals(Map.of("http://reference.data.gov.uk/id/month/2025-02", 8009L), months);
    }

    @Test
    void everyLeedsCrimeRollsUpToLeedsAndWestYorkshire() throws Exception {
        long located = PoliceCsv.rows(LEEDS).stream().filter(r -> !r.get("LSOA code").isEmpty()).count();
        String inArea = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH <" + LEEDS_GRAPH + "> { ?r odsl:lsoa ?l } "
            + "?l odsl:within+ <http://statistics.data.gov.uk/id/statistical-geography/%s> }";
        assertEquals(located, StoreQueries.count(db, inArea.formatted("E08000035")), "Leeds district");
        assertEquals(located, StoreQueries.count(db, inArea.formatted("E23000010")), "West Yorkshire police force area");
    }

    @Test
    void bedfordshireCrimesRollUpToAreasAndTheUnresolvedAreListedNotDropped() throws Exception {
        Set<String> expectedUnresolved = lsoasNoLookupOrNameResolves(BEDFORDSHIRE);
        Set<String> listed = new TreeSet<>(StoreQueries.counts(db, """
            SELECT ?code (COUNT(?r) AS ?n) WHERE { GRAPH <%s> { ?r odsl:lsoa ?l } ?l skos:notation ?code
              FILTER NOT EXISTS { ?l odsl:within+ ?d . ?d a odsl:LocalAuthorityDistrict } } GROUP BY ?code
            """.formatted(BEDS_GRAPH)).keySet());
        assertEquals(expectedUnresolved, listed);
        for (String code : expectedUnresolved) {
            assertTrue(build.out().contains("code=" + code), "the build lists unresolved " + code + ":\n" + build.out());
        }
        long located = PoliceCsv.rows(BEDFORDSHIRE).stream()
            .filter(r -> !r.get("LSOA code").isEmpty() && !expectedUnresolved.contains(r.get("LSOA code"))).count();
        assertEquals(located, StoreQueries.count(db, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH <" + BEDS_GRAPH
            + "> { ?r odsl:lsoa ?l } ?l odsl:within+ ?pfa . ?pfa a odsl:PoliceForceArea }"));
    }

    /** LSOA codes in a police file that neither the 2011 lookup nor a current district name places; computed from CSV. */
    private static Set<String> lsoasNoLookupOrNameResolves(Path policeFile) throws IOException {
        Set<String> lookupCodes = PoliceCsv.rows(LSOA_LOOKUP).stream().map(r -> r.get("LSOA11CD")).collect(Collectors.toSet());
        Set<String> districtNames = new HashSet<>();
        for (Map<String, String> r : PoliceCsv.rows(LA_CODES)) {
            districtNames.add(r.get("LADNM"));
        }
        PoliceCsv.rows(LSOA_LOOKUP).forEach(r -> districtNames.add(r.get("LAD20NM")));
        Set<String> unresolved = new TreeSet<>();
        for (Map<String, String> r : PoliceCsv.rows(policeFile)) {
            String code = r.get("LSOA code");
            if (!code.isEmpty() && !lookupCodes.contains(code)
                && !districtNames.contains(r.get("LSOA name").replaceAll(" [0-9]{3}[A-Z]$", ""))) {
                unresolved.add(code);
            }
        }
        return unresolved;
    }

    @Test
    void antiSocialBehaviourRowsKeepStableUrisAcrossRebuilds() throws Exception {
        String asb = "SELECT ?r (COUNT(*) AS ?n) WHERE { GRAPH <" + LEEDS_GRAPH + "> { ?r odsl:crimeType "
            + "<https://odsl.org.uk/def/crime-type/anti-social-behaviour> } } GROUP BY ?r";
        Set<String> before = StoreQueries.counts(db, asb).keySet();
        long csvAsb = PoliceCsv.rows(LEEDS).stream().filter(r -> r.get("Crime type").equals("Anti-social behaviour")).count();
        assertEquals(csvAsb, before.size(), "each ASB row, duplicates included, is its own record");
        long triplesBefore = StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + LEEDS_GRAPH + "> { ?s ?p ?o } }");

        CliRun again = CliRun.of("build", "--catalog", "catalogs/samples.ttl", "--data", DATA.toString(), "--db",
            db.toString(), "--release", "police-street-west-yorkshire-2025-02-leeds");
        assertEquals(0, again.exitCode(), again.all());
        assertEquals(before, StoreQueries.counts(db, asb).keySet());
        long triplesAfter = StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + LEEDS_GRAPH + "> { ?s ?p ?o } }");
        assertEquals(triplesBefore, triplesAfter, "a rebuild replaces the release graph (provenance times aside, same size)");
    }

    @Test
    void everyReleaseDescribesItselfAsTheReleaseShapesRequire() throws Exception {
        var shapes = ShapesLoader.load(List.of(Path.of("shapes/release.ttl")));
        var reference = RdfFiles.read(List.of(Path.of("ontology")));
        List<String> graphs = new ArrayList<>(StoreQueries.counts(db,
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?r a odsl:SourceRelease } } GROUP BY ?g").keySet());
        assertEquals(cataloguedReleases(), graphs.size(), graphs.toString());
        for (String graph : graphs) {
            var copy = StoreQueries.withStore(db, dsg -> {
                var g = GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(graph)).find().forEach(g::add);
                return g;
            });
            var violations = new BatchValidator(shapes, reference).validate(copy);
            assertEquals(List.of(), violations.stream().map(Violation::describe).toList(), graph);
        }
    }

    @Test
    void releaseProvenanceRecordsTheInputDigestAndCounts() throws Exception {
        Map<String, Long> prov = StoreQueries.counts(db, """
            SELECT ?sha (MAX(?read) AS ?n) WHERE { GRAPH <%s> {
              ?release odsl:recordsRead ?read ; prov:wasDerivedFrom ?input . ?input odsl:sha256 ?sha } } GROUP BY ?sha
            """.formatted(BEDS_GRAPH));
        assertEquals(Map.of(ReleaseProvenance.sha256(BEDFORDSHIRE), 5029L), prov);
    }

}
