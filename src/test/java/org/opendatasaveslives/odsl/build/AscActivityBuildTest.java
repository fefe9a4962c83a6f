package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.CsvTestFiles;
import org.opendatasaveslives.odsl.store.StoreException;

/**
 * Builds the real ASC-FR activity file of 2016-17 (../shared/data/social_care/asc_finance_return) with the geography
 * releases that place councils (src/test/resources/catalogs/social-care.ttl), then checks the cube against figures
 * computed directly from the CSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AscActivityBuildTest {
    static final Path DATA = Path.of("../shared/data");
    static final Path ACTIVITY = DATA.resolve("social_care/asc_finance_return/CSV_ASCFR_Activity.csv");
    static final String GRAPH = "https://odsl.org.uk/graph/nhsd-ascfr-activity-2016-17";
    static final String AREA = "http://statistics.data.gov.uk/id/statistical-geography/";
    static final String OBSERVATION = "https://odsl.org.uk/id/observation/asc-activity/";

    @TempDir
    static Path tmp;
    Path db;
    CliRun build;
    List<Map<String, String>> rows;

    @BeforeAll
    void buildActivity() throws IOException {
        assertTrue(Files.isRegularFile(ACTIVITY), "the real sample must be at " + ACTIVITY.toAbsolutePath());
        rows = CsvTestFiles.records(ACTIVITY);
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", "src/test/resources/catalogs/social-care.ttl", "--data", DATA.toString(),
            "--db", db.toString());
    }

    private static boolean notSubmitted(Map<String, String> row) {
        return row.get("ItemValue").equals(":");
    }

    @Test
    void everyRowIsAnObservationOrANotSubmittedCellOrARejectedRecord() throws Exception {
        assertEquals(0, build.exitCode(), build.all());
        assertEquals(20_125, rows.size());
        assertTrue(build.out().contains("nhsd-ascfr-activity-2016-17: read 20,125 records, loaded 20,125, rejected 0"),
            build.out());
        long rejected = 0;
        long notSubmitted = rows.stream().filter(AscActivityBuildTest::notSubmitted).count();
        long observations = StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH <" + GRAPH
            + "> { ?o a qb:Observation ; qb:dataSet <https://odsl.org.uk/id/dataset/asc-activity> } }");
        assertEquals(8_453, notSubmitted);
        assertEquals(rows.size(), observations + rejected + notSubmitted);
    }

    @Test
    void everyObservationHasAllNineDimensionsOneMeasureAndItsUnit() throws Exception {
        long complete = StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH <" + GRAPH + "> { "
            + "?o a qb:Observation ; sdmx-dimension:refArea ?a ; sdmx-dimension:refPeriod ?p ; odsl:ascfrDataType ?d ; "
            + "odsl:ascfrAgeBand ?b ; odsl:ascfrPrimarySupportReason ?r ; odsl:ascfrCareType ?c ; "
            + "odsl:ascfrSupportSetting ?s ; odsl:ascfrPurpose ?u ; odsl:ascfrActivityProvision ?v ; "
            + "odsl:ascfrActivity ?x ; sdmx-attribute:unitMeasure <http://qudt.org/vocab/unit/WK> } }");
        assertEquals(rows.stream().filter(r -> !notSubmitted(r)).count(), complete);
        assertEquals(Map.of("http://reference.data.gov.uk/id/government-year/2016-2017", complete),
            StoreQueries.counts(db, "SELECT ?p (COUNT(?o) AS ?n) WHERE { GRAPH <" + GRAPH
                + "> { ?o sdmx-dimension:refPeriod ?p } } GROUP BY ?p"));
    }

    @Test
    void sumsPerDataTypeForLeedsAndKentEqualTheCsv() throws Exception {
        for (String area : List.of("E08000035", "E10000016")) {
            Map<String, BigDecimal> expected = new TreeMap<>();
            for (Map<String, String> r : rows) {
                if (r.get("GEOGRAPHY_CODE").equals(area) && !notSubmitted(r)) {
                    expected.merge(r.get("DataType_KEY"), new BigDecimal(r.get("ItemValue")), BigDecimal::add);
                }
            }
            Map<String, BigDecimal> actual = sums("SELECT ?key (SUM(?v) AS ?sum) WHERE { GRAPH <" + GRAPH
                + "> { ?o sdmx-dimension:refArea <" + AREA + area + "> ; odsl:ascfrDataType ?t ; odsl:ascfrActivity ?v } "
                + "?t skos:notation ?key } GROUP BY ?key");
            assertEquals(expected.keySet(), actual.keySet(), area);
            for (var e : expected.entrySet()) {
                assertEquals(0, e.getValue().compareTo(actual.get(e.getKey())),
                    area + " data type " + e.getKey() + ": CSV " + e.getValue() + ", graph " + actual.get(e.getKey()));
            }
        }
        // Kent submitted no data type 2 cell: no observation rather than zeros.
        assertTrue(rows.stream().filter(r -> r.get("GEOGRAPHY_CODE").equals("E10000016") && r.get("DataType_KEY").equals("2"))
            .allMatch(AscActivityBuildTest::notSubmitted));
    }

    @Test
    void councilsLinkToTheirAreaAndThroughItToTheirPoliceForceArea() throws Exception {
        Map<String, String> expected = Map.of(
            "209", "E23000010", "210", "E23000010", "211", "E23000010", "212", "E23000010", "213", "E23000010",
            "820", "E23000032", "821", "E23000032",
            "810", "E23000039", "811", "E23000039");  // Bournemouth and Poole: 2016-17 codes, through their successor
        Map<String, Long> found = StoreQueries.counts(db, """
            SELECT ?key (COUNT(*) AS ?n) WHERE {
              ?council a odsl:SocialServicesAuthority ; skos:notation ?cassr ; odsl:governsArea ?area .
              ?area odsl:within+ ?pfa . ?pfa a odsl:PoliceForceArea .
              BIND (CONCAT(?cassr, "=", STRAFTER(STR(?pfa), "/statistical-geography/")) AS ?key) } GROUP BY ?key""");
        for (var e : expected.entrySet()) {
            assertEquals(1L, found.get(e.getKey() + "=" + e.getValue()), "council " + e.getKey() + " in " + e.getValue());
        }
        assertEquals(150, found.size(), "151 councils, each in one police force area, except Dorset County (809)");
        assertFalse(found.keySet().stream().anyMatch(k -> k.startsWith("809=")));
        assertTrue(build.out().contains("cassrCode=809  areaCode=E10000009"), "the build lists the unplaced council:\n"
            + build.out());
        assertEquals(1L, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { "
            + "<https://odsl.org.uk/id/organisation/cassr-820> odsl:governsArea <" + AREA + "E10000016> ; "
            + "skos:notation \"820\" ; a <http://www.w3.org/ns/org#Organization> }"));
    }

    @Test
    void councilsAreNamedAfterTheirArea() throws Exception {
        assertEquals(Map.of("Council for Kent (social services code 820)", 1L, "Council for Leeds (social services code 212)", 1L),
            StoreQueries.counts(db, "SELECT ?key (COUNT(*) AS ?n) WHERE { ?c rdfs:label ?key FILTER (?c IN ("
                + "<https://odsl.org.uk/id/organisation/cassr-820>, <https://odsl.org.uk/id/organisation/cassr-212>)) } GROUP BY ?key"));
    }

    @Test
    void kentCouncilReachesItsDistrictsThroughTheUpperTierLookup() throws Exception {
        assertEquals(12L, StoreQueries.count(db, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { "
            + "<https://odsl.org.uk/id/organisation/cassr-820> odsl:governsArea ?kent . "
            + "?d odsl:within ?kent ; a odsl:LocalAuthorityDistrict ; odsl:within+ <" + AREA + "E23000032> }"));
    }

    @Test
    void rowsWithoutACouncilAreTotalsOfTheirRegionOrEngland() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        for (Map<String, String> r : rows) {
            if (r.get("CASSR_CODE").isEmpty() && !notSubmitted(r)) {
                expected.merge(r.get("REGION_GO_CODE"), 1L, Long::sum);
            }
        }
        assertEquals(10, expected.size());
        assertEquals(expected, new TreeMap<>(StoreQueries.counts(db, "SELECT ?key (COUNT(?o) AS ?n) WHERE { "
            + "GRAPH <" + GRAPH + "> { ?o sdmx-dimension:refArea ?a FILTER NOT EXISTS { ?o odsl:socialServicesAuthority ?c } } "
            + "BIND (STRAFTER(STR(?a), \"/statistical-geography/\") AS ?key) } GROUP BY ?key")));
        // The real England row of UUID 8622801 (last data line but two): ",,E92000001,...,23454.8472".
        BigDecimal england = sums("SELECT ?key (SUM(?v) AS ?sum) WHERE { <" + OBSERVATION
            + "E92000001/2017/8622801> odsl:ascfrActivity ?v BIND(\"x\" AS ?key) } GROUP BY ?key").get("x");
        assertEquals(0, new BigDecimal("23454.8472").compareTo(england));
    }

    @Test
    void aNotSubmittedCellMakesNoObservationButTheCouncilIsStillDescribed() throws Exception {
        // Real line: 8611202,2017,416,E10000034,E12000005,1,1,7,2,6,,2,:
        assertTrue(rows.stream().anyMatch(r -> r.get("UUID").equals("8611202") && r.get("CASSR_CODE").equals("416")
            && notSubmitted(r)));
        assertEquals(0L, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { <" + OBSERVATION
            + "E10000034/2017/8611202> ?p ?o }"));
        assertEquals(1L, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { "
            + "<https://odsl.org.uk/id/organisation/cassr-416> odsl:governsArea <" + AREA + "E10000034> }"));
    }

    @Test
    void emptySupportSettingAndPurposeKeysAreNotApplicable() throws Exception {
        for (String[] key : List.of(new String[] {"SupportSetting_KEY", "ascfrSupportSetting", "ascfr-support-setting"},
                new String[] {"Purpose_KEY", "ascfrPurpose", "ascfr-purpose"})) {
            long expected = rows.stream().filter(r -> r.get(key[0]).isEmpty() && !notSubmitted(r)).count();
            assertTrue(expected > 0);
            assertEquals(expected, StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH <" + GRAPH + "> { ?o odsl:"
                + key[1] + " <https://odsl.org.uk/def/" + key[2] + "/not-applicable> } }"), key[0]);
        }
    }

    @Test
    void everyCodeUsedIsAConceptOfItsCodeList() throws Exception {
        assertEquals(0L, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "> { ?o ?p ?code } "
            + "FILTER (STRSTARTS(STR(?code), \"https://odsl.org.uk/def/ascfr-\")) "
            + "FILTER NOT EXISTS { ?code a skos:Concept ; skos:inScheme ?scheme ; skos:prefLabel ?label } }"));
    }

    private Map<String, BigDecimal> sums(String select) throws StoreException {
        return StoreQueries.withStore(db, dsg -> {
            Map<String, BigDecimal> out = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.create(StoreQueries.PREFIXES + select, DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    out.put(row.getLiteral("key").getLexicalForm(), new BigDecimal(row.getLiteral("sum").getLexicalForm()));
                }
            }
            return out;
        });
    }
}
