package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.CsvTestFiles;

/**
 * Builds the real UK coronavirus dashboard file of cases by specimen date by lower-tier local authority with the real
 * ONS lookups (src/test/resources/catalogs/covid.ttl), then checks the cube covid-cases against sums computed directly
 * from the CSV files: district totals, the county roll-up of the derive rule, and that every row is accounted for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CovidCasesBuildTest {
    static final Path DATA = Path.of("../shared/data");
    static final Path CASES = DATA.resolve("health/covid_dashboard/ltla_cases_by_specimen_date_2020-10-26.csv");
    static final Path LTLA_UTLA = DATA.resolve("geography/jtrim-ons-lookups/"
        + "177_Lower_Tier_Local_Authority_to_Upper_Tier_Local_Authority_(April_2019)_Lookup_in_England_and_Wales.csv");
    static final String GRAPH = "https://odsl.org.uk/graph/ukhsa-covid-cases-ltla-2020-10-26";
    static final String DERIVED = "https://odsl.org.uk/graph/derived";
    static final Path NATIONS = DATA.resolve("health/covid_dashboard/nation_cases_deaths_2021-05-14.csv");
    static final Path ECM = DATA.resolve("health/covid_dashboard/nation_2021-10-28_ECM1400_ddmmyyyy.csv");
    static final String NATIONS_GRAPH = "https://odsl.org.uk/graph/ukhsa-covid-nation-cases-deaths-2021-05-14";
    static final String ECM_GRAPH = "https://odsl.org.uk/graph/ukhsa-covid-nation-ecm1400-2021-10-28";
    static final String KENT = "E10000016";
    static final String PREFIXES = """
        PREFIX geo: <http://statistics.data.gov.uk/id/statistical-geography/>
        """;

    @TempDir
    static Path tmp;
    Path db;
    CliRun build;
    List<Map<String, String>> rows;
    /** LTLA code → UTLA code, from the real lookup file. */
    Map<String, String> upperTier;

    @BeforeAll
    void buildSamples() throws IOException {
        assertTrue(Files.isRegularFile(CASES), "the real samples must be at " + DATA.toAbsolutePath());
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", "src/test/resources/catalogs/covid.ttl", "--data", DATA.toString(),
            "--db", db.toString());
        rows = CsvTestFiles.records(CASES).stream().filter(r -> !r.get("date").isEmpty()).toList();
        upperTier = CsvTestFiles.records(LTLA_UTLA).stream()
            .collect(Collectors.toMap(r -> r.get("LTLA19CD"), r -> r.get("UTLA19CD")));
    }

    @Test
    void everyRowIsLoadedNoneRejected() throws IOException {
        assertEquals(0, build.exitCode(), build.all());
        assertEquals(89_542, rows.size());
        assertTrue(build.out().contains("ukhsa-covid-cases-ltla-2020-10-26: read 89,542 records, loaded 89,542, rejected 0"),
            build.out());
        System.out.println(build.out().lines().filter(l -> l.contains("rule 30")).findFirst().orElse(""));
    }

    @Test
    void everyRowGivesOneObservationPerMeasure() throws Exception {
        Map<String, Long> perArea = rows.stream().collect(Collectors.groupingBy(r -> r.get("areaCode"), TreeMap::new,
            Collectors.counting()));
        for (String measure : List.of("newCasesBySpecimenDate", "cumulativeCasesBySpecimenDate")) {
            Map<String, Long> graph = StoreQueries.counts(db, PREFIXES + """
                SELECT ?code (COUNT(?o) AS ?n) WHERE { GRAPH <%s> { ?o qb:measureType odsl:%s ;
                  sdmx-dimension:refArea ?a } ?a skos:notation ?code } GROUP BY ?code""".formatted(GRAPH, measure));
            assertEquals(perArea, new TreeMap<>(graph), measure);
        }
    }

    @Test
    void leedsAndKentDistrictTotalsEqualTheCsv() throws Exception {
        Set<String> areas = new TreeSet<>(List.of("E08000035"));
        upperTier.forEach((lower, upper) -> {
            if (upper.equals(KENT)) {
                areas.add(lower);
            }
        });
        assertEquals(13, areas.size(), "Leeds and Kent's 12 districts");
        Map<String, Long> expected = new TreeMap<>();
        for (var r : rows) {
            if (areas.contains(r.get("areaCode"))) {
                expected.merge(r.get("areaCode"), Long.parseLong(r.get("newCasesBySpecimenDate")), Long::sum);
            }
        }
        Map<String, Long> graph = StoreQueries.counts(db, PREFIXES + """
            SELECT ?code (SUM(?v) AS ?n) WHERE { GRAPH <%s> { ?o odsl:newCasesBySpecimenDate ?v ;
              sdmx-dimension:refArea ?a } ?a skos:notation ?code } GROUP BY ?code""".formatted(GRAPH));
        graph.keySet().retainAll(areas);
        assertEquals(expected, new TreeMap<>(graph));
        assertTrue(expected.get("E08000035") > 20_000, "Leeds had over 20,000 cases by October 2020");
    }

    @Test
    void kentCountyIsTheSumOfItsTwelveDistrictsEveryDay() throws Exception {
        for (var measure : Map.of("newCasesBySpecimenDate", "newCasesBySpecimenDate",
                "cumulativeCasesBySpecimenDate", "cumCasesBySpecimenDate").entrySet()) {
            Map<String, Long> expected = new TreeMap<>();
            for (var r : rows) {
                if (KENT.equals(upperTier.get(r.get("areaCode")))) {
                    expected.merge(r.get("date"), Long.parseLong(r.get(measure.getValue())), Long::sum);
                }
            }
            Map<String, Long> graph = StoreQueries.counts(db, PREFIXES + """
                SELECT (STRAFTER(STR(?day), "/id/day/") AS ?d) ?n WHERE { GRAPH <%s> {
                  ?o sdmx-dimension:refArea geo:%s ; sdmx-dimension:refPeriod ?day ; qb:measureType odsl:%s ;
                     odsl:%s ?n ; odsl:figureBasis odsl:SumOfLowerTierFigures } }"""
                .formatted(DERIVED, KENT, measure.getKey(), measure.getKey()));
            assertEquals(expected, new TreeMap<>(graph), measure.getKey());
        }
        assertEquals(1, StoreQueries.count(db, PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { ?o sdmx-dimension:refArea geo:%s ;
              sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/day/2020-10-01> ;
              qb:measureType odsl:newCasesBySpecimenDate ; odsl:newCasesBySpecimenDate ?v }""".formatted(KENT)),
            "one Kent figure per day and measure: districts within Kent by two lookups count once");
    }

    @Test
    void everyCountyWithAllItsDistrictsPublishedIsRolledUpAndNoOtherArea() throws Exception {
        Set<String> published = rows.stream().map(r -> r.get("areaCode")).collect(Collectors.toSet());
        Map<String, Set<String>> districtsOf = new TreeMap<>();
        upperTier.forEach((lower, upper) -> {
            if (!lower.equals(upper)) {
                districtsOf.computeIfAbsent(upper, u -> new TreeSet<>()).add(lower);
            }
        });
        Set<String> expected = districtsOf.entrySet().stream()
            .filter(e -> published.containsAll(e.getValue()) && !published.contains(e.getKey()))
            .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Long> derived = StoreQueries.counts(db, PREFIXES + """
            SELECT ?code (COUNT(?o) AS ?n) WHERE { GRAPH <%s> { ?o qb:dataSet <https://odsl.org.uk/id/dataset/covid-cases> ;
              sdmx-dimension:refArea ?a } ?a skos:notation ?code } GROUP BY ?code""".formatted(DERIVED));
        assertEquals(expected, new TreeSet<>(derived.keySet()));
        assertEquals(26, expected.size(), "the 26 English counties of April 2019");
    }

    @Test
    void unitaryAuthoritiesKeepTheirPublishedFigureOnly() throws Exception {
        for (String unitary : List.of("E08000035", "E06000035")) {
            assertEquals(upperTier.get(unitary), unitary, unitary + " is its own upper tier in the lookup");
            Map<String, Long> bases = StoreQueries.counts(db, PREFIXES + """
                SELECT ?basis (COUNT(?o) AS ?n) WHERE { ?o sdmx-dimension:refArea geo:%s ; odsl:figureBasis ?basis }
                GROUP BY ?basis""".formatted(unitary));
            long csvRows = rows.stream().filter(r -> r.get("areaCode").equals(unitary)).count();
            assertEquals(Map.of("https://odsl.org.uk/def/odsl/PublishedFigure", 2 * csvRows), bases, unitary);
        }
    }

    /** Quirk: names holding a comma are quoted. */
    @Test
    void quotedNamesWithCommasKeepTheirComma() throws Exception {
        String line = Files.readAllLines(CASES, StandardCharsets.UTF_8).get(1 + rows.stream()
            .map(r -> r.get("areaCode")).toList().indexOf("N09000002"));
        assertEquals("2020-10-26,\"Armagh City, Banbridge and Craigavon\",N09000002,79,3101", line);
        assertEquals(1, StoreQueries.count(db, PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { ?o sdmx-dimension:refArea geo:N09000002 ;
              sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/day/2020-10-26> ; odsl:newCasesBySpecimenDate 79 .
              geo:N09000002 rdfs:label "Armagh City, Banbridge and Craigavon" }"""));
    }

    /** Quirk: the file ends with a blank line, which is not a record (and not a reject). */
    @Test
    void theTrailingBlankLineIsNotARecord() throws IOException {
        String text = Files.readString(CASES, StandardCharsets.UTF_8);
        assertTrue(text.endsWith(",1\n\n"), "the real file ends with one blank line");
        assertEquals(89_542 + 2, text.split("\n", -1).length - 1, "header, rows and the blank line");
        Matcher read = Pattern.compile("ukhsa-covid-cases-ltla-2020-10-26: read ([0-9,]+) records").matcher(build.out());
        assertTrue(read.find(), build.out());
        assertEquals("89,542", read.group(1));
        assertTrue(Files.notExists(tmp.resolve("db-reports/rejects-ukhsa-covid-cases-ltla-2020-10-26.csv")));
    }

    @Test
    void nationFilesLoadEveryRow() {
        assertTrue(build.out().contains("ukhsa-covid-nation-cases-deaths-2021-05-14: read 1,792 records, loaded 1,792, rejected 0"),
            build.out());
        assertTrue(build.out().contains("ukhsa-covid-nation-ecm1400-2021-10-28: read 638 records, loaded 638, rejected 0"),
            build.out());
    }

    @Test
    void nationFiguresEqualTheCsvPerDownload() throws Exception {
        for (var file : List.of(
                List.of(NATIONS.toString(), NATIONS_GRAPH, "newCasesBySpecimenDate", "newCasesBySpecimenDate"),
                List.of(NATIONS.toString(), NATIONS_GRAPH, "cumDeaths28DaysByPublishDate", "cumulativeDeathsWithin28DaysByPublishDate"),
                List.of(ECM.toString(), ECM_GRAPH, "newCasesBySpecimenDate", "newCasesBySpecimenDate"),
                List.of(ECM.toString(), ECM_GRAPH, "hospitalCases", "hospitalCases"),
                List.of(ECM.toString(), ECM_GRAPH, "cumDailyNsoDeathsByDeathDate", "cumulativeDeathCertificatesByDeathDate"))) {
            Map<String, Long> expected = new TreeMap<>();
            for (var r : CsvTestFiles.records(Path.of(file.get(0)))) {
                if (!r.get(file.get(2)).isEmpty()) {
                    expected.merge(r.get("areaCode"), Long.parseLong(r.get(file.get(2))), Long::sum);
                }
            }
            Map<String, Long> graph = StoreQueries.counts(db, PREFIXES + """
                SELECT ?code (SUM(?v) AS ?n) WHERE { GRAPH <%s> { ?o odsl:%s ?v ; sdmx-dimension:refArea ?a ;
                  qb:dataSet <https://odsl.org.uk/id/dataset/covid-nations> } ?a skos:notation ?code } GROUP BY ?code"""
                .formatted(file.get(1), file.get(3)));
            assertEquals(expected, new TreeMap<>(graph), file.toString());
        }
    }

    /** Quirk: the ECM1400 copy has dd/mm/yyyy dates (a spreadsheet re-save), CRLF endings and no final line end. */
    @Test
    void spreadsheetDatesAreReadDayFirst() throws Exception {
        List<String> lines = Files.readAllLines(ECM, StandardCharsets.UTF_8);
        assertEquals("E92000001,England,nation,27/10/2021,,6951,8786", lines.get(2));
        assertEquals("E92000001,England,nation,30/01/2020,1,,2", lines.get(lines.size() - 1));
        assertTrue(Files.readString(ECM, StandardCharsets.UTF_8).endsWith(",2"), "no line end after the last row");
        String figure = PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?o sdmx-dimension:refArea geo:E92000001 ;
              sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/day/%s> ;
              odsl:dataAsOf <http://reference.data.gov.uk/id/day/2021-10-28> ; odsl:%s %d } }""";
        assertEquals(1, StoreQueries.count(db, figure.formatted(ECM_GRAPH, "2021-10-27", "newCasesBySpecimenDate", 8786)));
        assertEquals(1, StoreQueries.count(db, figure.formatted(ECM_GRAPH, "2021-10-27", "hospitalCases", 6951)));
        assertEquals(1, StoreQueries.count(db, figure.formatted(ECM_GRAPH, "2020-01-30", "newCasesBySpecimenDate", 2)));
        assertEquals(0, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + ECM_GRAPH + "> { ?o ?p ?day "
            + "FILTER (CONTAINS(STR(?day), \"%2F\")) } }"), "no dd/mm/yyyy left in URIs");
    }

    /** Two downloads give different figures for the same day; odsl:dataAsOf keeps both. */
    @Test
    void revisedFiguresOfTwoDownloadsAreKeptApart() throws Exception {
        Map<String, Long> values = StoreQueries.counts(db, PREFIXES + """
            SELECT (STR(?asOf) AS ?k) ?n WHERE { ?o sdmx-dimension:refArea geo:E92000001 ;
              sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/day/2021-01-04> ;
              qb:measureType odsl:newCasesBySpecimenDate ; odsl:newCasesBySpecimenDate ?n ; odsl:dataAsOf ?asOf }""");
        assertEquals(Set.of("http://reference.data.gov.uk/id/day/2021-05-14", "http://reference.data.gov.uk/id/day/2021-10-28"),
            values.keySet());
        long may = csvValue(NATIONS, "2021-01-04"), october = csvValue(ECM, "04/01/2021");
        assertTrue(may != october, "the October download revised the figure of the May one");
        assertEquals(may, values.get("http://reference.data.gov.uk/id/day/2021-05-14"));
        assertEquals(october, values.get("http://reference.data.gov.uk/id/day/2021-10-28"));
    }

    private static long csvValue(Path file, String date) throws IOException {
        return CsvTestFiles.records(file).stream()
            .filter(r -> r.get("areaCode").equals("E92000001") && r.get("date").equals(date))
            .mapToLong(r -> Long.parseLong(r.get("newCasesBySpecimenDate"))).sum();
    }
}
