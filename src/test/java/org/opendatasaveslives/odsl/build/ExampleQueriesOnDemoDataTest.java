package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.serve.ExampleQueries;
import org.opendatasaveslives.odsl.serve.ExampleQuery;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;

/**
 * Runs every example query of queries/ over the demo build (generated with the default seed and scale) and compares
 * its results with queries/expected/NAME.csv. After an intended change, regenerate the expected files with
 * {@code mvn test -Dtest=ExampleQueriesOnDemoDataTest -Dodsl.updateExpected=true} and review the diff.
 * One query's figures are also recomputed straight from the generated CSV files, independently of the graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleQueriesOnDemoDataTest {
    static final Path EXPECTED = Path.of("queries/expected");

    @TempDir
    static Path tmp;
    Path data;
    Path db;

    /** A fixed key, so that the person URIs in the restricted queries' expected results stay the same. */
    static final String TEST_KEY = "example-queries-test-key-not-for-deployment";
    String previousKeyFile;

    @BeforeAll
    void buildDemo() throws Exception {
        data = tmp.resolve("data");
        db = tmp.resolve("db");
        Path key = tmp.resolve("pseudonym.key");
        Files.writeString(key, TEST_KEY);
        previousKeyFile = TestKeys.use(key);
        DemoDataGenerator.generate(data, DemoDataGenerator.DEFAULT_SEED, DemoDataGenerator.DEFAULT_SCALE);
        CliRun build = CliRun.of("build", "--catalog", "catalogs/demo.ttl", "--data", data.toString(), "--db", db.toString());
        assertEquals(0, build.exitCode(), build.all());
    }

    @AfterAll
    void restoreKey() {
        TestKeys.restore(previousKeyFile);
    }

    @Test
    void everyExampleQueryReturnsItsExpectedResults() throws Exception {
        List<ExampleQuery> queries = ExampleQueries.inDirectory(Path.of("queries")).load();
        assertFalse(queries.isEmpty());
        boolean update = Boolean.getBoolean("odsl.updateExpected");
        for (ExampleQuery query : queries) {
            String actual = csv(query.text());
            Path expectedFile = EXPECTED.resolve(query.name() + ".csv");
            if (update) {
                Files.writeString(expectedFile, actual);
            }
            assertEquals(Files.readString(expectedFile), actual, "results of queries/" + query.name() + ".rq");
        }
    }

    @Test
    void highRiskVictimsAttendancesAndCareContactEqualTheGeneratedFiles() throws Exception {
        DemoPersonRecords records = DemoPersonRecords.read(data);
        Map<String, String> expected = new TreeMap<>();
        for (DemoPersonRecords.Assessment a : records.assessments) {
            if (a.riskLevel().equals("high")) {
                expected.put(a.id(), a.force() + "|" + a.assessed() + "|" + records.attendancesBefore(a) + "|"
                    + records.knownToSocialCareBy(a) + "|" + a.maracReferral());
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (Map<String, String> row : rows("high-risk-victims-ae-and-social-care")) {
            String assessment = row.get("assessment");
            actual.put(assessment.substring(assessment.lastIndexOf('/') + 1), row.get("force") + "|" + row.get("assessed")
                + "|" + row.get("aeAttendances") + "|" + row.get("knownToSocialCare") + "|" + row.get("maracReferral"));
        }
        assertEquals(expected, actual);
        assertTrue(actual.values().stream().anyMatch(v -> !v.contains("|0|")), "some victims attended A&E before");
        assertTrue(actual.values().stream().anyMatch(v -> v.contains("|true|")), "social care knew some victims");
    }

    @Test
    void aeContactNeverSharedPerForceEqualsTheGeneratedFiles() throws Exception {
        DemoPersonRecords records = DemoPersonRecords.read(data);
        Map<String, boolean[]> victims = new TreeMap<>(); // force|victim -> {had A&E contact, ever referred}
        for (DemoPersonRecords.Assessment a : records.assessments) {
            if (a.riskLevel().equals("high")) {
                boolean[] v = victims.computeIfAbsent(a.force() + "|" + a.victimKey(), k -> new boolean[2]);
                v[0] |= records.attendancesBefore(a) > 0;
                v[1] |= a.maracReferral();
            }
        }
        Map<String, String> expected = new TreeMap<>();
        for (String force : victims.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().toList()) {
            List<boolean[]> ofForce = victims.entrySet().stream().filter(e -> e.getKey().startsWith(force + "|"))
                .map(Map.Entry::getValue).toList();
            expected.put(force, ofForce.size() + "|" + ofForce.stream().filter(v -> v[0]).count() + "|"
                + ofForce.stream().filter(v -> v[0] && !v[1]).count());
        }
        Map<String, String> actual = new TreeMap<>();
        for (Map<String, String> row : rows("high-risk-victims-ae-contact-never-shared-by-force")) {
            actual.put(row.get("force"), row.get("highRiskVictims") + "|" + row.get("withAeContact") + "|"
                + row.get("withAeContactNeverShared"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void crimesPerDistrictAndMonthEqualCountsFromTheGeneratedFiles() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        for (String[] crime : crimesByDistrict()) {
            expected.merge(crime[0] + "|" + crime[1], 1L, Long::sum);
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Map<String, String> row : rows("crimes-by-district-and-month")) {
            actual.put(row.get("districtCode") + "|" + row.get("month"), Long.parseLong(row.get("records")));
        }
        assertEquals(expected, actual);
    }

    @Test
    void aeAttendancesPerIcbAndMonthEqualSumsFromTheGeneratedFiles() throws Exception {
        Map<String, String> icbOfProvider = new HashMap<>();
        for (Map<String, String> row : PoliceCsv.rows(data.resolve("health/ae/System-Mapping.csv"))) {
            // the published mapping has codes with stray spaces and lower case (AQM01 , NTV0b)
            icbOfProvider.put(row.get("Code").strip().toUpperCase(java.util.Locale.ROOT), row.get("ICB Code"));
        }
        Map<String, Long> expected = new TreeMap<>();
        for (String month : List.of("January", "February", "March")) {
            String yearMonth = "2025-0" + (List.of("January", "February", "March").indexOf(month) + 1);
            for (Map<String, String> row : PoliceCsv.rows(data.resolve("health/ae/" + month + "-2025-AE.csv"))) {
                String icb = icbOfProvider.get(row.get("Code"));
                if (icb.equals("QWO") || icb.equals("QKS")) { // the demo districts' ICBs
                    expected.merge(icb + "|" + yearMonth, Long.parseLong(row.get("Total attendances").replace(",", "")),
                        Long::sum);
                }
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Map<String, String> row : rows("crimes-and-ae-attendances-by-district")) {
            actual.put(row.get("icbCode") + "|" + row.get("month"), Long.parseLong(row.get("aeAttendances")));
        }
        assertEquals(expected, actual);
    }

    @Test
    void socialCareWeeksAndViolentCrimePerCouncilEqualSumsFromTheGeneratedFiles() throws Exception {
        Map<String, Double> weeks = new TreeMap<>();
        for (Map<String, String> row : PoliceCsv.rows(data.resolve("social_care/CSV_ASCFR_Activity.csv"))) {
            if (!row.get("CASSR_CODE").isEmpty() && row.get("DataType_KEY").equals("1") && !row.get("ItemValue").equals(":")) {
                weeks.merge(row.get("GEOGRAPHY_CODE"), Double.parseDouble(row.get("ItemValue")), Double::sum);
            }
        }
        Map<String, String> upperTier = new HashMap<>();
        for (Map<String, String> row : PoliceCsv.rows(data.resolve(DemoDataGenerator.LTLA_UTLA))) {
            upperTier.put(row.get("LTLA19CD"), row.get("UTLA19CD"));
        }
        Map<String, Long> violent = new TreeMap<>();
        for (String[] crime : crimesByDistrict()) {
            if (crime[2].equals("Violence and sexual offences")) {
                violent.merge(upperTier.get(crime[0]), 1L, Long::sum);
            }
        }
        Map<String, String> expected = new TreeMap<>();
        weeks.forEach((area, w) -> expected.put(area, Math.round(w) + ".0"));
        Map<String, String> actual = new TreeMap<>();
        int withSuppressedMonths = 0;
        for (Map<String, String> row : rows("social-care-and-violent-crime-by-council")) {
            String area = row.get("areaCode");
            actual.put(area, row.get("weeksOfSupport"));
            long published = Long.parseLong(row.get("violentCrimes"));
            long suppressed = Long.parseLong(row.get("suppressedCounts"));
            if (suppressed == 0) {
                assertEquals(violent.get(area), published, area + ": no month suppressed, so the true count");
            } else {
                withSuppressedMonths++;
                assertTrue(published + suppressed <= violent.get(area) && published < violent.get(area),
                    area + ": each suppressed month held at least one crime the published sum leaves out");
            }
        }
        assertEquals(expected, actual);
        assertEquals(1, withSuppressedMonths, "in the demo, Calderdale has one month with fewer than 5 violent crimes");
    }

    /** District code, month and crime type of every located record in the generated police files. */
    private List<String[]> crimesByDistrict() throws Exception {
        Map<String, String> districtOfLsoa = new HashMap<>();
        Map<String, String> districtByName = new HashMap<>();
        for (Map<String, String> row : PoliceCsv.rows(data.resolve(DemoDataGenerator.LSOA_CCG_LAD))) {
            districtOfLsoa.put(row.get("LSOA11CD"), row.get("LAD20CD"));
            districtByName.put(row.get("LAD20NM"), row.get("LAD20CD"));
        }
        List<String[]> crimes = new java.util.ArrayList<>();
        for (var file : DemoDataGenerator.POLICE_FILES) {
            for (Map<String, String> row : PoliceCsv.rows(data.resolve(file.relativePath()))) {
                if (row.get("LSOA code").isEmpty()) {
                    continue;
                }
                String district = districtOfLsoa.getOrDefault(row.get("LSOA code"),
                    districtByName.get(row.get("LSOA name").replaceAll(" [0-9]{3}[A-Z]$", "")));
                crimes.add(new String[] {district, row.get("Month"), row.get("Crime type")});
            }
        }
        return crimes;
    }

    /** The rows an example query returns over the demo build, by column name. */
    private List<Map<String, String>> rows(String queryName) throws Exception {
        Path file = tmp.resolve(queryName + ".csv");
        Files.writeString(file, csv(Files.readString(Path.of("queries", queryName + ".rq"))));
        return PoliceCsv.rows(file);
    }

    @Test
    void theCrimeCubeCountsEveryLocatedRecordOnceAndHasOneObservationPerKey() throws Exception {
        String cube = "?o qb:dataSet <https://odsl.org.uk/id/dataset/police-recorded-crime> ; "
            + "sdmx-dimension:refArea ?area ; sdmx-dimension:refPeriod ?month ; odsl:crimeType ?type . ";
        long located = StoreQueries.count(db, "SELECT (COUNT(?r) AS ?n) WHERE { ?r a odsl:CrimeRecord ; odsl:lsoa ?l }");
        long suppressedTotals = StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { " + cube
            + " FILTER (?type = <https://odsl.org.uk/def/crime-type/all-types>) FILTER NOT EXISTS { ?o odsl:crimeCount ?c } }");
        assertEquals(0, suppressedTotals, "every demo district has at least 5 records a month");
        long inDistrictTotals = StoreQueries.count(db, "SELECT (SUM(?c) AS ?n) WHERE { " + cube
            + " ?o odsl:crimeCount ?c . ?area a odsl:LocalAuthorityDistrict "
            + " FILTER (?type = <https://odsl.org.uk/def/crime-type/all-types>) }");
        assertEquals(located, inDistrictTotals, "every demo LSOA lies in one current district, whose totals count it once");
        long publishedInLsoas = StoreQueries.count(db, "SELECT (SUM(?c) AS ?n) WHERE { "
            + cube + " ?o odsl:crimeCount ?c . ?area a odsl:LowerLayerSuperOutputArea }");
        assertTrue(publishedInLsoas < located, "small LSOA cells are suppressed, so published LSOA cells sum to less");
        long observations = StoreQueries.count(db, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { " + cube + "}");
        long keys = StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?area ?month ?type "
            + "WHERE { " + cube + "} }");
        long valueOrStatus = StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { " + cube
            + "{ ?o odsl:crimeCount ?c } UNION { ?o sdmx-attribute:obsStatus <https://odsl.org.uk/def/observation-status/suppressed> } }");
        long rows = StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { " + cube + "}");
        assertEquals(keys, observations, "no two observations share area, month and crime type (Data Cube IC-12)");
        assertEquals(observations, rows, "each observation has exactly one value of each dimension");
        assertEquals(observations, valueOrStatus, "each observation has either its count or the suppressed status, not both");
    }

    @Test
    void theServedEndpointAnswersAnExampleQueryAsExpected() throws Exception {
        OdslServer server = OdslServer.start(ServeConfig.forDatabase(db).port(0).build());
        try {
            String query = Files.readString(Path.of("queries/crimes-by-type-and-force-area.rq"));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(Files.readString(EXPECTED.resolve("crimes-by-type-and-force-area.csv")), response.body());
        } finally {
            server.stop();
        }
    }

    private String csv(String query) throws Exception {
        return StoreQueries.withStore(db, dsg -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }
}
